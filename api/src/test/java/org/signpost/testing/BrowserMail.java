package org.signpost.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The tests' mail (GreenMail) for browser journeys: {@code GET <url>?to=<address>} answers the text of the latest message
 * to that address (404 while there is none). Read-only, on the loopback address, for as long as the runner keeps it open.
 */
public final class BrowserMail implements AutoCloseable {

    private final HttpServer server;

    private BrowserMail(HttpServer server) {
        this.server = server;
    }

    public static BrowserMail start() throws IOException {
        HttpServer mail = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        mail.createContext("/mail", exchange -> {
            String to = URLDecoder.decode(exchange.getRequestURI().getRawQuery().replaceFirst("^to=", ""), StandardCharsets.UTF_8);
            List<Mailbox.Received> received = Mailbox.of(to).messages();
            byte[] body = received.isEmpty() ? new byte[0] : received.get(received.size() - 1).text().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(received.isEmpty() ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        mail.start();
        return new BrowserMail(mail);
    }

    /** What the journeys read as SIGNPOST_MAIL_URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/mail";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
