package dev.tether.api.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements sent while handling HTTP requests, by wrapping the DataSource: each
 * statement prepared is one round trip to PostgreSQL. Background workers (the reply poller) run
 * on other threads and are not counted.
 */
public class SqlStatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong onRequestThreads = new AtomicLong();

	/** How many statements the server sent while {@code requests} ran; send them one at a time. */
	public long countDuring(Runnable requests) {
		long before = onRequestThreads.get();
		requests.run();
		return onRequestThreads.get() - before;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return wrap(DataSource.class, dataSource, (method, result) -> result instanceof Connection connection
					? wrap(Connection.class, connection, this::countStatement) : result);
		}
		return bean;
	}

	private Object countStatement(Method method, Object result) {
		if (STATEMENTS.contains(method.getName()) && Thread.currentThread().getName().startsWith("http-nio")) {
			onRequestThreads.incrementAndGet();
		}
		return result;
	}

	private <T> Object wrap(Class<T> type, T target, BiFunction<Method, Object, Object> afterCall) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return afterCall.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
	}
}
