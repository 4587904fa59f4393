package coop.relais.orders.web;

import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.orders.ActionInput;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderStatus;
import coop.relais.orders.OrderView;
import coop.relais.orders.PlaceOrder;
import coop.relais.orders.TestPeople;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class OrderPagesWebTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrderManagement orders;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    TestPeople people;

    @BeforeEach
    void setUp() {
        people = new TestPeople(accountRepository, passwordEncoder);
    }

    CurrentUser demo(String email) {
        return ((CurrentUserSource) users.loadUserByUsername(email)).currentUser();
    }

    long ordersOf(CurrentUser member) {
        return jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE member_id = ?")
                .param(member.accountId())
                .query(Long.class)
                .single();
    }

    MvcTestResult placeForm(Cookie session, String... params) {
        var request = mvc.post().uri("/orders").cookie(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    @Test
    void anAdministratorOrderingAtTheCounterFirstSaysForWhichSite() throws Exception {
        jakarta.servlet.http.Cookie admin = coop.relais.support.WebLogin.login(mockMvc, "admin@relais.test");
        assertThat(mvc.get().uri("/orders/new").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Pour quelle conciergerie", "Conciergerie du Quartier Bastide", "siteId=");
        assertThat(mvc.get()
                        .uri("/orders/new?siteId={site}", coop.relais.shared.demo.DemoIds.SITE_BASTIDE)
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Quel service", "Pressing — chemise");
    }

    @Test
    void aMemberOrdersShirtsAndFollowsTheOrder() {
        CurrentUser member = people.member(SITE_BASTIDE);
        Cookie session = WebLogin.login(mockMvc, member.email());
        assertThat(mvc.get().uri("/orders").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Mes commandes", "pas encore passé de commande");
        assertThat(mvc.get().uri("/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE).cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Commander : Pressing — chemise", "3,90 € par article", "Pressing Solidaire", "Quantité")
                .doesNotContain("Pour quel membre");
        MvcTestResult result = placeForm(
                session,
                "offerId",
                OFFER_BASTIDE_CHEMISE.toString(),
                "quantity",
                "3",
                "note",
                "<script>alert(1)</script> Amidon léger",
                "requestId",
                UUID.randomUUID().toString());
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(location).cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Transmise", "Commande passée", "11,70", "&lt;script&gt;alert(1)&lt;/script&gt; Amidon léger")
                .contains("Annuler la commande", "Reçu de dépôt")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(mvc.get().uri("/orders").cookie(session)).bodyText().contains("Pressing — chemise", "Transmise");
        assertThat(mvc.get().uri(location + "/receipt").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Reçu de dépôt", "Conservez ce reçu", "data-print");
    }

    @Test
    void newOrderWithoutAServiceAsksWhichServiceAndKeepsTheMember() {
        Cookie desk = WebLogin.login(mockMvc, "concierge@relais.test");
        assertThat(mvc.get().uri("/orders/new").cookie(desk))
                .hasStatusOk()
                .bodyText()
                .contains("Nouvelle commande", "Quel service ?", "Pressing — chemise", "Pressing Solidaire")
                .contains("/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE)
                .doesNotContain("Activation de badge");
        assertThat(mvc.get().uri("/orders/new?memberId=" + ACCOUNT_HABITANT).cookie(desk))
                .hasStatusOk()
                .bodyText()
                .contains("Pour Lucien Garreau : quel service ?")
                .contains("offerId=" + OFFER_BASTIDE_CHEMISE + "&amp;memberId=" + ACCOUNT_HABITANT);
        // A member of another site is not offered to the desk.
        CurrentUser elsewhere = people.member(SITE_ECOTONE);
        assertThat(mvc.get()
                        .uri("/orders/new?memberId=" + elsewhere.accountId())
                        .cookie(desk))
                .hasStatusOk()
                .bodyText()
                .contains("Quel service ?")
                .doesNotContain(elsewhere.displayName());

        CurrentUser member = people.member(SITE_BASTIDE);
        assertThat(mvc.get().uri("/orders/new").cookie(WebLogin.login(mockMvc, member.email())))
                .hasStatusOk()
                .bodyText()
                .contains("Pressing — chemise")
                .doesNotContain("Activation de badge");
    }

    @Test
    void theSameFormSentTwiceMakesOneOrder() {
        CurrentUser member = people.member(SITE_BASTIDE);
        Cookie session = WebLogin.login(mockMvc, member.email());
        String requestId = UUID.randomUUID().toString();
        String first = placeForm(
                        session, "offerId", OFFER_BASTIDE_CHEMISE.toString(), "quantity", "2", "requestId", requestId)
                .getResponse()
                .getRedirectedUrl();
        String second = placeForm(
                        session, "offerId", OFFER_BASTIDE_CHEMISE.toString(), "quantity", "2", "requestId", requestId)
                .getResponse()
                .getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(ordersOf(member)).isEqualTo(1);
    }

    @Test
    void badInputOnTheFormShowsClearErrorsAndWritesNothing() {
        CurrentUser member = people.member(SITE_BASTIDE);
        Cookie session = WebLogin.login(mockMvc, member.email());
        String offer = OFFER_BASTIDE_CHEMISE.toString();
        for (String quantity : new String[] {"0", "-2", "1000", "99999999999", "trois", ""}) {
            assertThat(placeForm(session, "offerId", offer, "quantity", quantity))
                    .as("quantity " + quantity)
                    .hasStatusOk()
                    .bodyText()
                    .containsAnyOf("La quantité doit être", "Indiquez une quantité")
                    .contains("Commander : Pressing — chemise");
        }
        assertThat(placeForm(session, "offerId", offer, "quantity", "1", "note", "x".repeat(10_000)))
                .hasStatusOk()
                .bodyText()
                .contains("ne peut dépasser 1000 caractères");
        assertThat(placeForm(session, "offerId", UUID.randomUUID().toString(), "quantity", "1"))
                .hasStatus(404);
        assertThat(placeForm(session, "offerId", "pas-un-id", "quantity", "1")).hasStatus(404);
        assertThat(placeForm(session, "offerId", OFFER_AQUITAINE_CHEMISE.toString(), "quantity", "1"))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/orders/new?offerId=" + OFFER_AQUITAINE_CHEMISE)
                        .cookie(session))
                .hasStatus(404);
        assertThat(mvc.get().uri("/orders/new?offerId=nope").cookie(session)).hasStatus(404);
        assertThat(mvc.get().uri("/orders/" + UUID.randomUUID()).cookie(session))
                .hasStatus(404);
        assertThat(mvc.get().uri("/orders/not-an-id").cookie(session)).hasStatus(404);
        // Ordering for someone else is the desk's job.
        assertThat(placeForm(session, "offerId", offer, "quantity", "1", "memberId", ACCOUNT_HABITANT.toString()))
                .hasStatus(403);
        assertThat(ordersOf(member)).isZero();
        assertThat(ordersOf(demo("habitant@relais.test"))).isPositive();
    }

    @Test
    void theDeskFindsTheMemberAndTakesTheOrderForThem() {
        CurrentUser member = people.member(SITE_BASTIDE);
        Cookie karim = WebLogin.login(mockMvc, "concierge@relais.test");
        assertThat(mvc.get().uri("/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE).cookie(karim))
                .hasStatusOk()
                .bodyText()
                .contains("Pour quel membre ?", "hx-get=\"/orders/new/members?offerId=" + OFFER_BASTIDE_CHEMISE);
        String query = member.displayName().substring(member.displayName().indexOf(' ') + 1);
        // The htmx search answers the results fragment only.
        assertThat(mvc.get()
                        .uri("/orders/new/members?offerId=" + OFFER_BASTIDE_CHEMISE + "&q=" + query)
                        .header("HX-Request", "true")
                        .cookie(karim))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"member-results\"", member.displayName(), member.email(), "form=\"order-form\"")
                .doesNotContain("<html");
        // Without JavaScript the search form reloads the page with the results.
        assertThat(mvc.get()
                        .uri("/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE + "&q=" + member.email())
                        .cookie(karim))
                .hasStatusOk()
                .bodyText()
                .contains(member.displayName());
        assertThat(mvc.get()
                        .uri("/orders/new/members?offerId=" + OFFER_BASTIDE_CHEMISE + "&q=zzzz-personne")
                        .cookie(karim))
                .bodyText()
                .contains("Aucun membre ne correspond");
        // No member chosen: a clear error, no order.
        assertThat(placeForm(karim, "offerId", OFFER_BASTIDE_CHEMISE.toString(), "quantity", "2"))
                .hasStatusOk()
                .bodyText()
                .contains("Choisissez le membre pour qui vous passez la commande");
        assertThat(placeForm(
                        karim,
                        "offerId",
                        OFFER_BASTIDE_CHEMISE.toString(),
                        "quantity",
                        "2",
                        "memberId",
                        ACCOUNT_SALARIE.toString()))
                .hasStatusOk()
                .bodyText()
                .contains("pas membre de cette conciergerie");
        MvcTestResult placed = placeForm(
                karim,
                "offerId",
                OFFER_BASTIDE_CHEMISE.toString(),
                "quantity",
                "2",
                "memberId",
                member.accountId().toString());
        assertThat(placed).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(placed.getResponse().getRedirectedUrl()).cookie(karim))
                .hasStatusOk()
                .bodyText()
                .contains("Acceptée", member.displayName(), "Envoyer au prestataire", "Reçu de dépôt");
        assertThat(ordersOf(member)).isEqualTo(1);
    }

    @Test
    void theDeskBoardShowsColumnsRefreshesItselfAndActs() {
        CurrentUser member = people.member(SITE_BASTIDE);
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 2, null, null));
        Cookie karim = WebLogin.login(mockMvc, "concierge@relais.test");
        assertThat(mvc.get().uri("/orders/board").cookie(karim))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Tableau des commandes — Conciergerie du Quartier Bastide",
                        "À accepter",
                        "À envoyer",
                        "Chez le prestataire")
                .contains("Prêtes à retirer", "En retard", order.reference(), member.displayName())
                .contains("id=\"desk-board\"", "hx-trigger=\"every 20s\"");
        assertThat(mvc.get().uri("/orders/board").header("HX-Request", "true").cookie(karim))
                .hasStatusOk()
                .bodyText()
                .startsWith("<div id=\"desk-board\"")
                .contains(order.reference())
                .doesNotContain("<html", "<nav");

        MvcTestResult accepted = mvc.post()
                .uri("/orders/" + order.id() + "/accept")
                .cookie(karim)
                .with(csrf())
                .param("from", "board")
                .exchange();
        assertThat(accepted).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/orders/board");
        assertThat(accepted).flash().containsKey("flashSuccess");
        assertThat(mvc.post()
                        .uri("/orders/" + order.id() + "/dispatch")
                        .cookie(karim)
                        .with(csrf())
                        .param("from", "board")
                        .param("providerId", PROVIDER_PRESSING.toString()))
                .hasStatus3xxRedirection();
        assertThat(orders.find(member, order.id()).status()).isEqualTo(OrderStatus.DISPATCHED);
        // A refused action comes back as a readable flash message.
        MvcTestResult refused = mvc.post()
                .uri("/orders/" + order.id() + "/accept")
                .cookie(karim)
                .with(csrf())
                .param("from", "board")
                .exchange();
        assertThat(refused).hasStatus3xxRedirection();
        assertThat(refused).flash().containsEntry("flashError", "orders.error.illegal");
        assertThat(mvc.post()
                        .uri("/orders/" + order.id() + "/quote")
                        .cookie(karim)
                        .with(csrf())
                        .param("amount", "beaucoup"))
                .flash()
                .containsEntry("flashError", "orders.error.amountFormat");
        assertThat(mvc.post()
                        .uri("/orders/" + order.id() + "/fly")
                        .cookie(karim)
                        .with(csrf()))
                .hasStatus(404);
    }

    @Test
    void badInputOnTheActionFormsComesBackAsAMessageAndChangesNothing() {
        CurrentUser member = people.member(SITE_BASTIDE);
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
        orders.act(demo("concierge@relais.test"), order.id(), OrderAction.ACCEPT, ActionInput.NONE);
        Cookie karim = WebLogin.login(mockMvc, "concierge@relais.test");
        String uri = "/orders/" + order.id();
        assertThat(mvc.post().uri(uri + "/dispatch").cookie(karim).with(csrf()).param("providerId", "pas-un-id"))
                .flash()
                .containsEntry("flashError", "orders.error.invalid");
        assertThat(mvc.post()
                        .uri(uri + "/dispatch")
                        .cookie(karim)
                        .with(csrf())
                        .param("providerId", UUID.randomUUID().toString()))
                .flash()
                .containsEntry("flashError", "orders.error.providerNotServing");
        assertThat(mvc.post().uri(uri + "/incident").cookie(karim).with(csrf()).param("reason", "x".repeat(10_000)))
                .flash()
                .containsEntry("flashError", "orders.error.illegal");
        assertThat(mvc.post().uri(uri + "/cancel").cookie(karim).with(csrf()).param("reason", "x".repeat(10_000)))
                .flash()
                .containsEntry("flashError", "orders.error.tooLong");
        assertThat(mvc.post().uri(uri + "/cancel").cookie(karim).param("reason", "sans jeton"))
                .hasStatus(403);
        assertThat(orders.find(member, order.id()).status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(mvc.get().uri(uri).cookie(karim))
                .bodyText()
                .contains("Acceptée")
                .doesNotContain("xxxxxxxxxx");
    }

    @Test
    void aWrongPickupCodeAtTheDeskShowsAClearMessage() {
        CurrentUser member = people.member(SITE_BASTIDE);
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
        CurrentUser karim = demo("concierge@relais.test");
        orders.act(karim, order.id(), OrderAction.ACCEPT, ActionInput.NONE);
        orders.act(karim, order.id(), OrderAction.START, ActionInput.NONE);
        orders.act(karim, order.id(), OrderAction.READY, ActionInput.NONE);
        String code = orders.find(member, order.id()).pickupCode();
        Cookie desk = WebLogin.login(mockMvc, "concierge@relais.test");
        assertThat(mvc.get().uri("/orders/" + order.id()).cookie(desk))
                .bodyText()
                .doesNotContain(code);
        Cookie mine = WebLogin.login(mockMvc, member.email());
        assertThat(mvc.get().uri("/orders/" + order.id()).cookie(mine))
                .bodyText()
                .contains("Votre code de retrait", code);

        String wrong = code.equals("123456") ? "654321" : "123456";
        MvcTestResult result = mvc.post()
                .uri("/orders/" + order.id() + "/deliver")
                .cookie(desk)
                .with(csrf())
                .param("pickupCode", wrong)
                .exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/orders/" + order.id());
        assertThat(result).flash().containsEntry("flashError", "orders.error.wrongCode");
        assertThat(mvc.get().uri("/orders/" + order.id()).cookie(desk))
                .bodyText()
                .contains("Essais restants : 4");
        assertThat(orders.find(member, order.id()).status()).isEqualTo(OrderStatus.READY);
    }

    @Test
    void theProviderAddsAPhotoAsProofButOnlyARealImageOfAtMost5Mb() {
        CurrentUser member = people.member(SITE_BASTIDE);
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
        CurrentUser karim = demo("concierge@relais.test");
        orders.act(karim, order.id(), OrderAction.ACCEPT, ActionInput.NONE);
        orders.act(
                karim,
                order.id(),
                OrderAction.DISPATCH,
                new ActionInput(PROVIDER_PRESSING, null, null, null, false, null));
        Cookie pressing = WebLogin.login(mockMvc, "pressing@relais.test");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        String proofUri = "/provider/jobs/" + order.id() + "/proof";

        MvcTestResult fake = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        proofUri)
                .file(new MockMultipartFile("photo", "photo.png", "image/png", "<html>not an image</html>".getBytes()))
                .cookie(pressing)
                .with(csrf()));
        assertThat(fake).flash().containsEntry("flashError", "orders.error.photoType");
        MvcTestResult huge =
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(proofUri)
                        .file(new MockMultipartFile("photo", "big.png", "image/png", new byte[5 * 1024 * 1024 + 1]))
                        .cookie(pressing)
                        .with(csrf()));
        assertThat(huge).flash().containsEntry("flashError", "orders.error.photoSize");
        MvcTestResult empty =
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(proofUri)
                        .cookie(pressing)
                        .with(csrf()));
        assertThat(empty).flash().containsEntry("flashError", "orders.error.proofEmpty");
        MvcTestResult ok =
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(proofUri)
                        .file(new MockMultipartFile("photo", "chemise.png", "application/octet-stream", png))
                        .param("note", "Chemises repassées")
                        .cookie(pressing)
                        .with(csrf()));
        assertThat(ok).flash().containsEntry("flashSuccess", "orders.flash.proof");

        OrderView withProof = orders.find(member, order.id());
        assertThat(withProof.proofs())
                .singleElement()
                .satisfies(p -> assertThat(p.photo()).isTrue());
        String photoUri =
                "/orders/" + order.id() + "/proofs/" + withProof.proofs().get(0).id();
        assertThat(mvc.get().uri(photoUri).cookie(pressing))
                .hasStatusOk()
                .hasContentType("image/png")
                .hasHeader("X-Content-Type-Options", "nosniff");
        Cookie stranger = WebLogin.login(mockMvc, "concierge2@relais.test");
        assertThat(mvc.get().uri(photoUri).cookie(stranger)).hasStatus(404);
        assertThat(mvc.get().uri("/provider/jobs/" + order.id()).cookie(pressing))
                .bodyText()
                .contains("Chemises repassées", "Preuve ajoutée");
    }

    @Test
    void theNavigationShowsEachPersonTheirEntries() {
        assertThat(mvc.get().uri("/").cookie(WebLogin.login(mockMvc, "habitant@relais.test")))
                .bodyText()
                .contains("href=\"/orders\"")
                .doesNotContain("href=\"/orders/board\"", "href=\"/provider/jobs\"");
        assertThat(mvc.get().uri("/").cookie(WebLogin.login(mockMvc, "concierge@relais.test")))
                .bodyText()
                .contains("href=\"/orders/board\"")
                .doesNotContain("href=\"/provider/jobs\"");
        assertThat(mvc.get().uri("/").cookie(WebLogin.login(mockMvc, "pressing@relais.test")))
                .bodyText()
                .contains("href=\"/provider/jobs\"")
                .doesNotContain("href=\"/orders/board\"");
    }

    @Test
    void englishOnRequest() {
        Cookie session = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/orders?lang=en").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("My orders");
    }
}
