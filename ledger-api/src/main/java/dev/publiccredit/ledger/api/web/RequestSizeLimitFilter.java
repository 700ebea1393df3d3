package dev.publiccredit.ledger.api.web;

import dev.publiccredit.ledger.api.config.LedgerProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over {@code ledger.api.max-request-bytes} with 413: at once when the declared length is too
 * large, and while reading when a body without a length grows too large. Uploads of batch files
 * ({@value #BATCHES}) have their own limit, {@code ledger.batch.max-upload-bytes}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** The path of batch uploads. */
    public static final String BATCHES = "/api/v1/batches";

    private final long jsonLimit;
    private final long batchLimit;

    public RequestSizeLimitFilter(LedgerProperties properties) {
        this.jsonLimit = properties.api().maxRequestBytes();
        this.batchLimit = properties.batch().maxUploadBytes();
    }

    /** Thrown while reading a body that outgrew the limit; the problem advice answers 413. */
    public static class BodyTooLarge extends IOException {
        public BodyTooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = BATCHES.equals(request.getRequestURI()) ? batchLimit : jsonLimit;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(("{\"type\":\"https://credit-ledger.dev/problems/payload-too-large\",\"title\":\"Payload Too Large\","
                    + "\"status\":413,\"detail\":\"The request body is larger than " + limit + " bytes.\","
                    + "\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
