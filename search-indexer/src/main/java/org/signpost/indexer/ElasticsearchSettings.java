package org.signpost.indexer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * Where the Elasticsearch cluster is and how to authenticate: {@code SIGNPOST_ELASTICSEARCH_URL}
 * plus either {@code SIGNPOST_ELASTICSEARCH_API_KEY} or a username and password.
 *
 * @param url the cluster's HTTP(S) URL
 * @param apiKey an encoded API key, or null
 * @param username basic-auth user, or null
 * @param password basic-auth password, or null
 * @param indexPrefix prefix of every index and alias this deployment owns
 */
@ConfigurationProperties("signpost.elasticsearch")
public record ElasticsearchSettings(
        @NotBlank String url,
        @Nullable String apiKey,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "signpost") String indexPrefix) {

    @Override
    public String toString() {
        return "ElasticsearchSettings[url=" + url + ", indexPrefix=" + indexPrefix + "]";
    }
}
