package coop.relais.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says loudly, at the end of the run, that the browser tests did not run because Chromium is missing
 * on this workstation (under CI they fail instead). Registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedBrowserTestsBanner implements TestExecutionListener {

    private final AtomicInteger skippedClasses = new AtomicInteger();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED
                && result.getThrowable()
                        .map(Throwable::getMessage)
                        .filter(message -> message != null && message.startsWith(BrowserTest.NO_CHROMIUM))
                        .isPresent()
                && test.isContainer()) {
            skippedClasses.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int skipped = skippedClasses.get();
        if (skipped == 0) {
            return;
        }
        String line = "=".repeat(100);
        System.err.println();
        System.err.println(line);
        System.err.println("  BROWSER TESTS NOT RUN: " + skipped + " browser test classes were skipped because "
                + BrowserTest.NO_CHROMIUM
                        .toLowerCase()
                        .replace("chromium is not installed at ", "Chromium is missing at ")
                + BrowserTest.CHROMIUM + ".");
        System.err.println("  Nothing was checked in a real browser. Install it (apt-get install chromium) and run"
                + " ./mvnw verify again; CI fails without it.");
        System.err.println(line);
        System.err.println();
    }
}
