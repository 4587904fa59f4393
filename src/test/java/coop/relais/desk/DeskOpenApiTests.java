package coop.relais.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The desk's API is documented for client systems, without leaking the signed-in user as a parameter. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskOpenApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyDeskEndpointIsInTheOpenApiDocument() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "\"/api/v1/desk/parcels\"",
                        "\"/api/v1/desk/parcels/{id}/collect\"",
                        "\"/api/v1/desk/parcels/{id}/return\"",
                        "\"/api/v1/me/parcels\"",
                        "\"/api/v1/desk/requests\"",
                        "\"/api/v1/desk/requests/{id}/complete\"",
                        "\"/api/v1/desk/copiers/{id}/readings\"",
                        "\"/api/v1/desk/journal\"",
                        "Desk: parcels",
                        "Hand a parcel over")
                .doesNotContain("\"name\":\"user\"");
    }
}
