package io.myapi.infrastructure.persistence;

import io.myapi.application.shared.RequestDeadline;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives every JDBC statement created during a request the time left to the request's
 * {@link RequestDeadline} as its query timeout (whole seconds, rounded up), so that the database
 * cancels work that would outlive the request whichever repository or transaction issued it
 * (R26.2). Outside a request statements are left alone. A Spring {@link DelegatingDataSource}, so
 * Spring Boot still sees the Hikari pool behind it.
 */
public final class DeadlineDataSource extends DelegatingDataSource {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement", "prepareCall");

    /**
     * Wraps a data source.
     *
     * @param pool the pool
     */
    public DeadlineDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bounded(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bounded(super.getConnection(username, password));
    }

    private static Connection bounded(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
                return System.identityHashCode(proxy);
            }
            Object result = invoke(connection, method, args);
            if (result instanceof Statement statement && STATEMENT_FACTORIES.contains(method.getName())) {
                applyDeadline(statement);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(DeadlineDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void applyDeadline(Statement statement) throws SQLException {
        Optional<Duration> remaining = RequestDeadline.remaining();
        if (remaining.isEmpty()) {
            return;
        }
        long millis = Math.max(1, remaining.get().toMillis());
        int seconds = (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
        int current = statement.getQueryTimeout();
        if (current == 0 || current > seconds) {
            statement.setQueryTimeout(seconds);
        }
    }
}
