package org.signpost.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: a fixed number of clients, each sending its next request as
 * soon as the previous answer arrives, for a fixed time after a warm-up. Every answer must be 200.
 */
final class LoadRunner {

    /** One request: a GET (body null) or a POST with a JSON body. */
    record Call(URI uri, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    RunLatencies run(List<Call> calls, int clients, Duration warmUp, Duration measure) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        long[][] samples = new long[clients][];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            int offset = c * Math.max(1, calls.size() / clients);
            Thread thread = new Thread(() -> samples[client] = loop(calls, offset, measureFrom, end, errors), "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = java.util.Arrays.stream(samples).flatMapToLong(java.util.Arrays::stream).toArray();
        return RunLatencies.of(all, errors.get(), measure.toNanos() / 1e9);
    }

    private long[] loop(List<Call> calls, int offset, long measureFrom, long end, AtomicLong errors) {
        long[] samples = new long[1 << 16];
        int n = 0;
        int i = offset;
        while (true) {
            long sent = System.nanoTime();
            if (sent >= end) {
                break;
            }
            Call call = calls.get(i++ % calls.size());
            boolean ok = send(call);
            long took = System.nanoTime() - sent;
            if (sent >= measureFrom) {
                if (!ok) {
                    errors.incrementAndGet();
                }
                if (n == samples.length) {
                    samples = java.util.Arrays.copyOf(samples, n * 2);
                }
                samples[n++] = took;
            }
        }
        return java.util.Arrays.copyOf(samples, n);
    }

    boolean send(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri()).timeout(Duration.ofSeconds(30));
        if (call.body() == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String get(URI uri) throws java.io.IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
