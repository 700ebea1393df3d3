package dev.publiccredit.ledger.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load generator's HTTP/1.1 client for the measured loops (profile reads, single-record writes): blocking
 * keep-alive connections to the ledger on localhost, one per calling thread at a time, kept in a pool between
 * requests. It writes each request in one go and reads the status line, the headers and the body (by
 * {@code Content-Length} or chunked), nothing more: a quarter to a third of the CPU per request of the JDK's
 * {@code HttpClient} in paired runs (about 65 instead of 215 µs per profile read, 270 instead of 1,170 per
 * single-record write), whose asynchronous machinery shared the two cores with the ledger it measured. A connection
 * the server closes ({@code Connection: close}, as Tomcat does after 100 requests on one connection) is replaced by a
 * new one for the next request; a request on a connection the server had already closed is sent again once on a new
 * one.
 */
final class LoadClient implements AutoCloseable {

    /** A response: its status and its body as text. */
    record Answer(int status, String body) {
    }

    private final int port;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    LoadClient(int port) {
        this.port = port;
    }

    Answer get(String path, String token) throws IOException {
        return send("GET", path, token, null, null);
    }

    Answer post(String path, String token, String contentType, byte[] body) throws IOException {
        return send("POST", path, token, contentType, body);
    }

    private Answer send(String method, String path, String token, String contentType, byte[] body)
            throws IOException {
        byte[] request = request(method, path, token, contentType, body);
        Connection connection = idle.poll();
        boolean reused = connection != null;
        if (connection == null) {
            connection = new Connection(port);
        }
        Answer answer;
        try {
            answer = connection.exchange(request);
        } catch (EOFException | java.net.SocketException closedMeanwhile) {
            connection.close();
            if (!reused) {
                throw closedMeanwhile;
            }
            // an idle connection the server had closed (Tomcat's keep-alive timeout): it never read the request
            connection = new Connection(port);
            answer = exchangeOrClose(connection, request);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
        if (connection.open) {
            idle.add(connection);
        } else {
            connection.close();
        }
        return answer;
    }

    private static Answer exchangeOrClose(Connection connection, byte[] request) throws IOException {
        try {
            return connection.exchange(request);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static byte[] request(String method, String path, String token, String contentType, byte[] body) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ").append(token)
                .append("\r\nAccept: application/json\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length)
                    .append("\r\nX-Actor: bench\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    @Override
    public void close() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            connection.close();
        }
    }

    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        boolean open = true;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("localhost", port), 10_000);
            socket.setSoTimeout(600_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        Answer exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> open &= !value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 1024);
            if (chunked) {
                for (int size = Integer.parseInt(chunkSize(line()), 16); size > 0;
                     size = Integer.parseInt(chunkSize(line()), 16)) {
                    copy(size, body);
                    line(); // the CRLF after the chunk
                }
                while (!line().isEmpty()) {
                    // trailers, if any
                }
            } else if (length >= 0) {
                copy(length, body);
            } else {
                throw new IOException("a response without Content-Length or chunked encoding");
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8));
        }

        private static String chunkSize(String line) {
            int extension = line.indexOf(';');
            return (extension < 0 ? line : line.substring(0, extension)).trim();
        }

        private void copy(long count, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[8192];
            long left = count;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new EOFException("the connection closed within a response body");
                }
                to.write(buffer, 0, read);
                left -= read;
            }
        }

        /** A header line without its CRLF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            open = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
