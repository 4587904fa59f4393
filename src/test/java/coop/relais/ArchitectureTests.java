package coop.relais;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Repositories and web classes stay out of other modules' reach. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("coop.relais");

    @Test
    void controllersArePackagePrivateAndLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .andShould()
                .resideInAPackage("..web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void repositoriesLiveInInternalPackages() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .resideInAPackage("..internal..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void webClassesAreUsedOnlyByTheirOwnModule() {
        for (String module :
                new String[] {"identity", "organisation", "notification", "catalogue", "orders", "desk", "home"}) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("coop.relais." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("coop.relais." + module + ".web..")
                    .allowEmptyShould(true)
                    .check(classes);
            noClasses()
                    .that()
                    .resideOutsideOfPackage("coop.relais." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("coop.relais." + module + ".internal..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void noDoubleForMoney() {
        noClasses()
                .that()
                .resideInAPackage("coop.relais..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Double")
                .allowEmptyShould(true)
                .check(classes);
    }
}
