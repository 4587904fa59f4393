package coop.relais.orders.web;

import static coop.relais.shared.demo.DemoIds.*;

import com.microsoft.playwright.Page;
import coop.relais.support.BrowserTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScreenshotsTmpBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Override
    protected Page newContext(int[] viewport) {
        Page p = super.newContext(viewport);
        context.setDefaultTimeout(90_000);
        context.setDefaultNavigationTimeout(90_000);
        return p;
    }

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("/tmp/shots/" + name + ".png"))
                .setFullPage(true)
                .setTimeout(90_000)
                .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
    }

    @Test
    void shots() {
        String ready = jdbc.sql(
                        "SELECT CAST(id AS VARCHAR(36)) FROM customer_order WHERE status = 'READY' AND member_id = ?")
                .param(ACCOUNT_HABITANT)
                .query(String.class)
                .list()
                .get(0);
        String quote = jdbc.sql(
                        "SELECT CAST(id AS VARCHAR(36)) FROM customer_order WHERE status = 'QUOTE_REQUESTED' AND member_id = ?")
                .param(ACCOUNT_HABITANT)
                .query(String.class)
                .list()
                .get(0);
        newContext(PHONE);
        login("habitant@relais.test");
        page.navigate("/orders");
        shot("member-orders");
        page.navigate("/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE);
        shot("member-new");
        page.navigate("/orders/" + ready);
        shot("member-ready");
        page.navigate("/orders/" + ready + "/receipt");
        shot("member-receipt");
        newContext(DESK);
        login("concierge@relais.test");
        page.navigate("/orders/board");
        shot("desk-board");
        page.navigate("/orders/" + ready);
        shot("desk-order");
        page.navigate("/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE + "&q=Garr");
        shot("desk-new");
        newContext(PHONE);
        login("pressing@relais.test");
        page.navigate("/provider/jobs");
        shot("provider-jobs");
        String job = jdbc.sql(
                        "SELECT CAST(id AS VARCHAR(36)) FROM customer_order WHERE status = 'DISPATCHED' AND provider_id = ?")
                .param(PROVIDER_PRESSING)
                .query(String.class)
                .list()
                .get(0);
        page.navigate("/provider/jobs/" + job);
        shot("provider-job");
        newContext(PHONE);
        login("concierge@relais.test");
        page.navigate("/orders/board");
        shot("desk-board-phone");
    }
}
