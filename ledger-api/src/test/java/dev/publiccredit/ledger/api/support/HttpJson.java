package dev.publiccredit.ledger.api.support;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP against the running ledger, JSON in and out, with a bearer token from the ledger's own authorization
 * server. {@link #as(String)} sends as one client; the default instance sends each request as the client whose role
 * the endpoint is for ({@link #clientFor}): the admin for /admin, a department client of the record's department
 * for its writes, the credit office for disputes, the public portal for the public view, the auditor for every
 * other read.
 */
public final class HttpJson {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Pattern RECORD_WRITE = Pattern.compile("/api/v1/records/([^/?]+)/(corrections|revocation)");
    private static final Pattern LISTING_WRITE = Pattern.compile("/api/v1/listings/([^/?]+)/(decision|removal)");
    private static final Pattern DISPUTE_WRITE = Pattern.compile(
            "/api/v1/(records/[^/?]+/(objections|repair-applications)|objections/.*|repair-applications/.*)");

    private final String base;
    private final @Nullable String client;
    private final boolean anonymous;

    public HttpJson(int port) {
        this("http://localhost:" + port, null, false);
    }

    private HttpJson(String base, @Nullable String client, boolean anonymous) {
        this.base = base;
        this.client = client;
        this.anonymous = anonymous;
    }

    /** Sends every request as {@code clientId} (a demo client, or {@code dept-<CODE>}, see {@link TestClients}). */
    public HttpJson as(String clientId) {
        return new HttpJson(base, clientId, false);
    }

    /** Sends as the department client bound to {@code departmentCode}. */
    public HttpJson asDepartment(String departmentCode) {
        return as(TestClients.department(departmentCode));
    }

    /** Sends without a token. */
    public HttpJson anonymous() {
        return new HttpJson(base, null, true);
    }

    public record Response(int status, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Response post(String path, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(text));
        if (!Arrays.asList(headers).contains("Content-Type")) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder, "POST", path, text, headers);
    }

    public Response put(String path, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "application/json"), "PUT", path, text, headers);
    }

    public Response postBytes(String path, byte[] body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json"),
                "POST", path, new String(body, StandardCharsets.UTF_8), headers);
    }

    /** A raw body with its content type (none when {@code contentType} is null). */
    public Response postRaw(String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder, "POST", path, null, headers);
    }

    /** A multipart/form-data body with one file part. */
    public Response postMultipart(String path, String partName, String fileName, String partType, byte[] content,
                                  String... headers) {
        String boundary = "----ledger-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + partType + "\r\n\r\n";
        body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return postRaw(path, body.toByteArray(), "multipart/form-data; boundary=" + boundary, headers);
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), "GET", path, null, headers);
    }

    /** A bearer token for {@code clientId}, by the client-credentials grant (cached per server and client). */
    public String token(String clientId) {
        return TOKENS.computeIfAbsent(base + " " + clientId, key -> {
            String basic = Base64.getEncoder().encodeToString(
                    (clientId + ":" + TestClients.secret(clientId)).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + clientId + ": " + response.statusCode() + " "
                        + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        });
    }

    private Response send(HttpRequest.Builder builder, String method, String path, @Nullable String body,
                          String... headers) {
        boolean authorizationGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            authorizationGiven |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (anonymous || authorizationGiven) {
            HttpResponse<String> response = exchange(builder.timeout(Duration.ofSeconds(30)));
            return new Response(response.statusCode(), response);
        }
        String clientId = client != null ? client : clientFor(method, path, body);
        HttpRequest.Builder retry = builder.copy();
        HttpResponse<String> response = exchange(builder.header("Authorization", "Bearer " + token(clientId))
                .timeout(Duration.ofSeconds(30)));
        if (response.statusCode() == 401) {
            // a token of an earlier start of the ledger (its signing key is new at every start): get a new one
            TOKENS.remove(base + " " + clientId);
            response = exchange(retry.header("Authorization", "Bearer " + token(clientId))
                    .timeout(Duration.ofSeconds(30)));
        }
        return new Response(response.statusCode(), response);
    }

    /** The client whose role {@code method path} is for; for a department's write, a client of that department. */
    String clientFor(String method, String path, @Nullable String body) {
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (plain.startsWith("/api/v1/admin/")) {
            return "platform-admin";
        }
        if (method.equals("GET")) {
            return plain.startsWith("/api/v1/public/") && !path.contains("asOf=") ? "public-portal" : "auditor";
        }
        if (DISPUTE_WRITE.matcher(plain).matches()) {
            return "credit-office";
        }
        if (plain.equals("/api/v1/penalties") || plain.equals("/api/v1/licences") || plain.equals("/api/v1/listings")
                || plain.equals("/api/v1/batches")) {
            return departmentClient(body == null ? null : field(body, "sourceDepartment"));
        }
        Matcher record = RECORD_WRITE.matcher(plain);
        if (record.matches()) {
            return departmentClient(ownerOf("/api/v1/records/" + record.group(1), "sourceDepartment"));
        }
        Matcher listing = LISTING_WRITE.matcher(plain);
        if (listing.matches()) {
            return departmentClient(ownerOf("/api/v1/listings/" + listing.group(1), "department"));
        }
        return "auditor";
    }

    private @Nullable String ownerOf(String resource, String field) {
        Response response = as("auditor").get(resource);
        return response.status() == 200 ? field(response.raw().body(), field) : null;
    }

    private static @Nullable String field(String json, String name) {
        try {
            JsonNode node = JSON.readTree(json).get(name);
            return node != null && node.isString() ? node.asString() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String departmentClient(@Nullable String department) {
        try {
            return TestClients.department(department == null ? "SAMR-HAIDIAN" : department);
        } catch (IllegalArgumentException notADepartmentCode) {
            return TestClients.department("SAMR-HAIDIAN");
        }
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder builder) {
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> map(Object... keyValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
