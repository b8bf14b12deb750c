#!/usr/bin/env python3
"""Times variants of the search benchmark's text requests straight against Elasticsearch.

Start the search benchmark with -Dbenchmark.hold=60 (BENCHMARKS.md, "Search"): it loads the synthetic
directory, rebuilds the index, writes the request mix to api/target/benchmarks/calls-*.jsonl and prints the
Elasticsearch address. Then, from the repository root:

    python3 scripts/search-query-shapes.py http://127.0.0.1:PORT api/target/benchmarks/calls-1.jsonl \
        new,noagg,norank,nofuzzy,auto49,auto510,fuzzyrank,exactprefix,maxexp10,maxexp20 300 2

Prints Elasticsearch's own `took` (ms: mean, p50, p95) per variant and round, one client, request cache off.
Standard library only.
"""
import copy
import json
import statistics
import sys
import urllib.request


def post(es, body):
    request = urllib.request.Request(es + "/signpost-services-read/_search?request_cache=false",
                                     data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())["took"]


def scored(body):
    query = body["query"]
    return query["function_score"]["query"] if "function_score" in query else query


def text_clauses(body):
    for must in scored(body)["bool"].get("must", []):
        for clause in must["bool"]["should"]:
            for kind in clause.values():
                yield from kind.values()


def as_sent(body):
    return body


def no_facets(body):
    body.pop("aggregations", None)
    return body


def no_ranking_boost(body):
    scored(body)["bool"].pop("should", None)
    return body


def no_fuzziness(body):
    for clause in text_clauses(body):
        clause.pop("fuzziness", None)
    return body


def text_setting(key, value):
    """Sets one option (fuzziness, max_expansions...) on every clause of the text query."""
    def variant(body):
        for clause in text_clauses(body):
            clause[key] = value
        return body
    return variant


def fuzzy_ranking(body):
    """The ranking as it was before: fuzzy best_fields + bool_prefix over the ranked fields, text in the filter."""
    b = scored(body)["bool"]
    if "must" not in b:
        return body
    text = b.pop("must")[0]
    b["filter"].append(text)
    words = text["bool"]["should"][0]["match"]["search_text"]["query"]
    fields = ["name^3", "need_text^2"]
    b["should"] = [{"multi_match": {"fields": fields, "fuzziness": "AUTO", "prefix_length": 1, "query": words, "type": kind}}
                   for kind in ("best_fields", "bool_prefix")]
    return body


def exact_prefix_clause(body):
    """The match_bool_prefix clause without fuzziness: the fuzzy match clause already covers every word's typos."""
    for must in scored(body)["bool"].get("must", []):
        for clause in must["bool"]["should"]:
            for query in clause.get("match_bool_prefix", {}).values():
                query.pop("fuzziness", None)
    return body


VARIANTS = {"new": as_sent, "noagg": no_facets, "norank": no_ranking_boost, "nofuzzy": no_fuzziness,
            "auto49": text_setting("fuzziness", "AUTO:4,9"), "auto510": text_setting("fuzziness", "AUTO:5,10"), "fuzzyrank": fuzzy_ranking,
            "exactprefix": exact_prefix_clause, "maxexp10": text_setting("max_expansions", 10), "maxexp20": text_setting("max_expansions", 20)}


def main():
    es, calls, names = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 300
    rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 2
    bodies = [json.loads(json.loads(line)["body"]) for line in open(calls)][:count]
    for round_ in range(rounds):
        for name in names:
            took = sorted(post(es, VARIANTS[name](copy.deepcopy(body))) for body in bodies)
            print(f"round {round_} {name:10s} took mean {statistics.mean(took):5.1f} p50 {took[len(took) // 2]:3d}"
                  f" p95 {took[int(len(took) * .95)]:3d}", flush=True)


if __name__ == "__main__":
    main()
