package coop.relais.reuse.web;

import coop.relais.reuse.Declaration;
import coop.relais.reuse.ReuseReport;
import coop.relais.reuse.Stream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A declaration as the CSV file sent to the eco-organisations: one line per category, kilos with a dot. */
final class DeclarationCsv {

    private DeclarationCsv() {}

    static ResponseEntity<byte[]> of(Declaration d) {
        StringBuilder csv = new StringBuilder(
                "annee;trimestre;categorie;kg_entres;kg_reemploi;kg_reparation;kg_recyclage;kg_elimination\r\n");
        for (ReuseReport.Line line : d.lines()) {
            csv.append(d.year())
                    .append(';')
                    .append(d.quarter())
                    .append(';')
                    .append(line.category())
                    .append(';')
                    .append(kg(line.inKg()))
                    .append(';')
                    .append(kg(line.out(Stream.REUSE)))
                    .append(';')
                    .append(kg(line.out(Stream.REPAIR)))
                    .append(';')
                    .append(kg(line.out(Stream.RECYCLING)))
                    .append(';')
                    .append(kg(line.out(Stream.DISPOSAL)))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"declaration-" + d.year() + "-T" + d.quarter() + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String kg(BigDecimal kg) {
        return kg.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
