package io.myapi.web.limits;

import io.myapi.application.shared.RequestDeadline;
import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit with 413 (R26.1, R12.3) without reading them: at
 * once from {@code Content-Length}, and for chunked bodies by counting bytes as they are read,
 * failing the read as soon as the limit is passed (the handler never holds more than the limit).
 * Every read also checks the request deadline, so a body trickling in is refused with 408.
 */
public final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponseWriter writer;

    /**
     * Creates the filter.
     *
     * @param maxBytes largest body accepted
     * @param writer writes the 413 problem
     */
    public BodySizeLimitFilter(long maxBytes, ProblemResponseWriter writer) {
        this.maxBytes = maxBytes;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setHeader("Connection", "close");
            writer.write(ErrorCode.PAYLOAD_TOO_LARGE, request, response);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, maxBytes), response);
        } catch (RequestBodyTooLargeException e) {
            response.setHeader("Connection", "close");
            writer.write(ErrorCode.PAYLOAD_TOO_LARGE, request, response);
        } catch (RequestBodyTimeoutException | java.net.SocketTimeoutException e) {
            response.setHeader("Connection", "close");
            writer.write(ErrorCode.REQUEST_TIMEOUT, request, response);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new RequestBodyTooLargeException();
            }
            if (RequestDeadline.passed()) {
                // A client trickling its body in: refused at the request deadline (408).
                throw new RequestBodyTimeoutException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
