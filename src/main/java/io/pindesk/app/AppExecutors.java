package io.pindesk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The background executors: small, bounded, named daemon threads whose uncaught failures are logged. */
final class AppExecutors {

    private static final Logger LOG = LoggerFactory.getLogger(AppExecutors.class);

    private AppExecutors() {}

    static ExecutorService io() {
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named("io"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, error) -> LOG.error("Uncaught in {}", thread.getName(), error));
            return t;
        };
    }
}
