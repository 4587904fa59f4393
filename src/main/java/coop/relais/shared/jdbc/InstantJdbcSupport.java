package coop.relais.shared.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Lets every module bind and read {@link Instant} with plain JDBC on PostgreSQL as on H2: the
 * PostgreSQL driver knows {@code OffsetDateTime} but not {@code Instant}. Parameters of type
 * {@code Instant} are bound as UTC {@code OffsetDateTime}, and {@code getObject(column, Instant.class)}
 * reads an {@code OffsetDateTime} and converts it. Nothing else is changed.
 */
@Configuration(proxyBeanMethods = false)
class InstantJdbcSupport {

    @Bean
    static BeanPostProcessor instantAwareDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof InstantAwareDataSource)) {
                    return new InstantAwareDataSource(dataSource);
                }
                return bean;
            }
        };
    }

    static final class InstantAwareDataSource extends DelegatingDataSource {

        InstantAwareDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return proxy(Connection.class, super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return proxy(Connection.class, super.getConnection(username, password));
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(
                InstantJdbcSupport.class.getClassLoader(), new Class<?>[] {type}, new Handler(target));
    }

    private record Handler(Object target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (args != null
                    && args.length >= 2
                    && name.equals("setObject")
                    && args[1] instanceof Instant instant
                    && target instanceof PreparedStatement) {
                args[1] = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            }
            if (args != null
                    && args.length == 2
                    && name.equals("getObject")
                    && args[1] == Instant.class
                    && target instanceof ResultSet resultSet) {
                OffsetDateTime value = args[0] instanceof Integer index
                        ? resultSet.getObject(index, OffsetDateTime.class)
                        : resultSet.getObject((String) args[0], OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getTargetException();
            }
            if (result instanceof CallableStatement statement && method.getReturnType() != Object.class) {
                return proxy(CallableStatement.class, statement);
            }
            if (result instanceof PreparedStatement statement && method.getReturnType() != Object.class) {
                return proxy(PreparedStatement.class, statement);
            }
            if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
                return proxy(Statement.class, statement);
            }
            if (result instanceof ResultSet resultSet && method.getReturnType() == ResultSet.class) {
                return proxy(ResultSet.class, resultSet);
            }
            return result;
        }
    }
}
