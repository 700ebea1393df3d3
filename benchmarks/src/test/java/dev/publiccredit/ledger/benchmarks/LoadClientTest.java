package dev.publiccredit.ledger.benchmarks;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's HTTP/1.1 client against a real HTTP server: lengths, chunks, keep-alive and closed connections. */
class LoadClientTest {

    private HttpServer server;
    private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            connections.add(exchange.getRemoteAddress());
            String path = exchange.getRequestURI().getPath();
            byte[] request = exchange.getRequestBody().readAllBytes();
            String answer = exchange.getRequestMethod() + " " + path + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(request, StandardCharsets.UTF_8) + " 信用";
            byte[] body = answer.repeat(path.equals("/big") ? 2_000 : 1).getBytes(StandardCharsets.UTF_8);
            if (path.equals("/close")) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            // length 0 makes the server send the body chunked
            exchange.sendResponseHeaders(path.equals("/missing") ? 404 : 200,
                    path.startsWith("/chunked") || path.equals("/big") ? 0 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsBodiesByLengthOrChunks_andKeepsTheConnection() throws Exception {
        try (LoadClient client = new LoadClient(server.getAddress().getPort())) {
            assertThat(client.get("/a", "t1")).isEqualTo(new LoadClient.Answer(200, "GET /a Bearer t1  信用"));
            assertThat(client.post("/chunked", "t2", "application/json", "{\"x\":1}".getBytes()))
                    .isEqualTo(new LoadClient.Answer(200, "POST /chunked Bearer t2 {\"x\":1} 信用"));
            LoadClient.Answer big = client.get("/big", "t3");
            assertThat(big.body()).hasSize("GET /big Bearer t3  信用".length() * 2_000);
            assertThat(client.get("/missing", "t4").status()).isEqualTo(404);
        }
        assertThat(requests).hasValue(4);
        assertThat(connections).hasSize(1);
    }

    @Test
    void aConnectionTheServerCloses_isReplacedForTheNextRequest() throws Exception {
        try (LoadClient client = new LoadClient(server.getAddress().getPort())) {
            assertThat(client.get("/close", "t").status()).isEqualTo(200);
            assertThat(client.get("/after", "t").body()).startsWith("GET /after");
            assertThat(client.get("/again", "t").body()).startsWith("GET /again");
        }
        assertThat(requests).hasValue(3);
        assertThat(connections).hasSize(2);
    }

    @Test
    void anIdleConnectionTheServerClosed_isReplacedAndTheRequestSentAgainOnce() throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0)) {
            Thread serverThread = new Thread(() -> {
                try {
                    // the first connection answers one request and is then closed by the server, as an idle
                    // keep-alive connection is; the second answers the next request
                    for (String body : new String[]{"first", "second"}) {
                        try (java.net.Socket socket = listener.accept()) {
                            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                                    socket.getInputStream(), StandardCharsets.ISO_8859_1));
                            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                                // the request's head; GETs have no body
                            }
                            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length()
                                    + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
                            socket.getOutputStream().flush();
                            Thread.sleep(200);
                        }
                    }
                } catch (Exception e) {
                    // the test fails on the client's side
                }
            });
            serverThread.start();
            try (LoadClient client = new LoadClient(listener.getLocalPort())) {
                assertThat(client.get("/one", "t")).isEqualTo(new LoadClient.Answer(200, "first"));
                Thread.sleep(500); // the server has closed the kept connection meanwhile
                assertThat(client.get("/two", "t")).isEqualTo(new LoadClient.Answer(200, "second"));
            }
            serverThread.join(5_000);
        }
    }
}
