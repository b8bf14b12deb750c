package org.signpost.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's webhook endpoint on a real local HTTP server (the JDK's): it checks each request's signature with
 * {@link PartnerVerifier} (401 when it does not hold), keeps every request it accepted, and processes each event
 * once, de-duplicating on {@code webhook-id} as a partner must (delivery is at least once).
 */
final class PartnerEndpoint implements AutoCloseable {

    record Received(String id, String timestamp, String contentType, byte[] body) {
    }

    final List<Received> accepted = new CopyOnWriteArrayList<>();
    /** Event id to the body first processed, in the order processed. */
    final Map<String, byte[]> processed = new ConcurrentHashMap<>();
    final List<String> processedInOrder = new CopyOnWriteArrayList<>();
    final AtomicInteger refused = new AtomicInteger();
    volatile String secret;
    volatile int status = 204;
    volatile long delayMillis;

    private final HttpServer server;

    private PartnerEndpoint(HttpServer server) {
        this.server = server;
    }

    static PartnerEndpoint start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        PartnerEndpoint endpoint = new PartnerEndpoint(server);
        server.createContext("/hooks/signpost", endpoint::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return endpoint;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hooks/signpost";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            boolean genuine;
            try {
                genuine = PartnerVerifier.verify(secret, id, timestamp, exchange.getRequestHeaders().getFirst("webhook-signature"), body);
            } catch (Exception e) {
                genuine = false;
            }
            if (!genuine) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            accepted.add(new Received(id, timestamp, exchange.getRequestHeaders().getFirst("Content-Type"), body));
            int answer = status;
            if (answer >= 200 && answer < 300 && processed.putIfAbsent(id, body) == null) {
                processedInOrder.add(id);
            }
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            exchange.sendResponseHeaders(answer, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
