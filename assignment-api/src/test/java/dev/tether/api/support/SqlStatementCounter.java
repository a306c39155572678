package dev.tether.api.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements a webhook costs, by wrapping the DataSource: each statement prepared
 * is one round trip to PostgreSQL. Counted are the request threads and the inbox's threads that
 * store and process the events. An inbox worker that finds nothing to do sends one statement, the
 * claim, on its connection; such an idle look is not part of any webhook's cost and is left out. A
 * worker's statements are counted as they are prepared, before its commit makes the events
 * processed, so a test that waits for that has counted them all.
 * Other background work (reply outcomes, polls) runs on other threads and is not counted.
 */
public class SqlStatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong counted = new AtomicLong();

	/** How many statements the server sent while {@code requests} ran; send them one at a time. */
	public long countDuring(Runnable requests) {
		long before = counted.get();
		requests.run();
		return counted.get() - before;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (method, args, result) -> result instanceof Connection connection
					? counting(connection) : result);
		}
		return bean;
	}

	/** A borrowed connection, counting its statements until it goes back to the pool. */
	private Connection counting(Connection connection) {
		String thread = Thread.currentThread().getName();
		boolean worker = thread.startsWith("line-inbox-worker");
		boolean counts = worker || thread.startsWith("http-nio") || thread.startsWith("line-inbox-writer");
		AtomicInteger statements = new AtomicInteger();
		return proxy(Connection.class, connection, (method, args, result) -> {
			if (counts && STATEMENTS.contains(method.getName())) {
				int made = statements.incrementAndGet();
				if (!worker || made > 2) {
					counted.incrementAndGet();
				}
				else if (made == 2) {
					counted.addAndGet(2);
				}
			}
			return result;
		});
	}

	private <T> T proxy(Class<T> type, T target, AfterCall afterCall) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return afterCall.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler));
	}

	/** What happens after a call on the wrapped object. */
	@FunctionalInterface
	private interface AfterCall {

		Object apply(Method method, Object[] args, Object result);
	}
}
