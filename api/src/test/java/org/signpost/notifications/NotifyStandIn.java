package org.signpost.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local HTTP stand-in for GOV.UK Notify's API (a real server on a free port): it takes what Notify's own Java client
 * sends to {@code POST /v2/notifications/email} and {@code /sms}, checks the JWT in the Authorization header as Notify
 * does (HS256 with the key's secret, {@code iss} = the service id, {@code iat} within 30 seconds), records the call
 * and answers as Notify does (201 and the notification). A call with a bad token is answered 403, as Notify would.
 */
final class NotifyStandIn implements AutoCloseable {

    /** One call Notify accepted: the path, the verified JWT's issuer, and the JSON body. */
    record Call(String path, String issuer, JsonNode body) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    final String serviceId = UUID.randomUUID().toString();
    final String secret = UUID.randomUUID().toString();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> refused = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    NotifyStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/notifications/", this::handle);
        server.start();
    }

    /** An API key in Notify's format: {@code name-serviceId-secret}. */
    String apiKey() {
        return "signpost_test-" + serviceId + "-" + secret;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String issuer = verified(auth);
            if (issuer == null || !"POST".equals(exchange.getRequestMethod())) {
                refused.add(exchange.getRequestURI().getPath() + ": " + auth);
                respond(exchange, 403, "{\"errors\":[{\"error\":\"AuthError\",\"message\":\"Invalid token\"}],\"status_code\":403}");
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(path, issuer, body));
            String id = UUID.randomUUID().toString();
            String template = "{\"id\":\"" + body.path("template_id").asText() + "\",\"version\":1,\"uri\":\"" + baseUrl() + "/t\"}";
            String reference = JSON.writeValueAsString(body.path("reference").asText());
            if (path.endsWith("/email")) {
                respond(exchange, 201, "{\"id\":\"" + id + "\",\"reference\":" + reference + ",\"content\":{\"body\":"
                        + JSON.writeValueAsString(body.path("personalisation").path("body").asText()) + ",\"from_email\":\"signpost@notifications.service.gov.uk\","
                        + "\"subject\":" + JSON.writeValueAsString(body.path("personalisation").path("subject").asText()) + "},\"template\":"
                        + template + ",\"uri\":\"" + baseUrl() + "/v2/notifications/" + id + "\"}");
            } else {
                respond(exchange, 201, "{\"id\":\"" + id + "\",\"reference\":" + reference + ",\"content\":{\"body\":"
                        + JSON.writeValueAsString(body.path("personalisation").path("body").asText()) + ",\"from_number\":\"Signpost\"},"
                        + "\"template\":" + template + ",\"uri\":\"" + baseUrl() + "/v2/notifications/" + id + "\"}");
            }
        }
    }

    /** The issuer of a valid Notify JWT, or null. */
    private String verified(String auth) {
        try {
            if (auth == null || !auth.startsWith("Bearer ")) {
                return null;
            }
            String[] parts = auth.substring(7).split("\\.");
            if (parts.length != 3) {
                return null;
            }
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            if (!"HS256".equals(header.path("alg").asText())) {
                return null;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!java.security.MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return null;
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            long iat = claims.path("iat").asLong();
            if (Math.abs(System.currentTimeMillis() / 1000 - iat) > 30 || !serviceId.equals(claims.path("iss").asText())) {
                return null;
            }
            return claims.path("iss").asText();
        } catch (Exception e) {
            return null;
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
