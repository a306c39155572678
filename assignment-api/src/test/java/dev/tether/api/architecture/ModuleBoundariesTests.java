package dev.tether.api.architecture;

import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules depend one way: core on nothing of Tether's, persistence on core, the LINE webhook
 * on persistence, the API on all. Only persistence knows JPA and Hibernate. Within them, packages
 * depend one way too, so a feature can be read (and moved) without the one it leans on leaning back.
 */
class ModuleBoundariesTests {

	private static JavaClasses tether;

	@BeforeAll
	static void importTether() {
		tether = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.tether");
	}

	@Test
	void everyModuleIsImported() {
		for (String module : new String[] { "dev.tether.core.", "dev.tether.persistence.", "dev.tether.line.",
				"dev.tether.api." }) {
			assertThat(tether.stream().anyMatch(type -> type.getName().startsWith(module))).as(module).isTrue();
		}
		assertThat(tether.stream().anyMatch(type -> type.getName().contains("IntegrationTests"))).isFalse();
	}

	@Test
	void theApiAndTheWebhookNeverTouchJpaOrHibernate() {
		noClasses().that()
			.resideInAnyPackage("dev.tether.api..", "dev.tether.line..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
			.check(tether);
	}

	@Test
	void theCoreDependsOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage("dev.tether.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.tether.persistence..", "dev.tether.line..", "dev.tether.api..")
			.check(tether);
	}

	@Test
	void persistenceKnowsNeitherTheWebhookNorTheApi() {
		noClasses().that()
			.resideInAPackage("dev.tether.persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.tether.line..", "dev.tether.api..")
			.check(tether);
	}

	@Test
	void theWebhookKnowsNothingOfTheApi() {
		noClasses().that()
			.resideInAPackage("dev.tether.line..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.tether.api..")
			.check(tether);
	}

	@Test
	void noPackageDependsOnAPackageThatDependsOnIt() {
		slices().matching("dev.tether.(**)").should().beFreeOfCycles().check(tether);
	}

	@Test
	void everyPackageSaysItsReferencesAreNeverNullUnlessMarkedNullable() {
		classes().should(new ArchCondition<JavaClass>("sit in a package annotated @NullMarked") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean marked = type.getPackage().isAnnotatedWith(NullMarked.class);
				events.add(new SimpleConditionEvent(type, marked,
						type.getPackageName() + " has no @NullMarked package-info"));
			}
		}).check(tether);
	}

	@Test
	void threadsAreSpringsExecutorsNeverBarePoolsNoOneShutsDown() {
		noClasses().should()
			.dependOnClassesThat()
			.belongToAnyOf(Executors.class)
			.because("a ThreadPoolTaskExecutor or scheduler is named, bounded and stopped with the application")
			.check(tether);
	}

	@Test
	void decisionsTakeTheirRandomnessFromTheInjectedGeneratorSoATestCanFixIt() {
		noClasses().should()
			.dependOnClassesThat()
			.belongToAnyOf(ThreadLocalRandom.class)
			.orShould()
			.callMethod(RandomGenerator.class, "getDefault")
			.check(tether);
	}

	@Test
	void entitiesAndRepositoriesAreDeclaredOnlyInPersistence() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.resideInAPackage("dev.tether.persistence..")
			.check(tether);
	}

	@Test
	void theWebhookAndTheApiSeeNoEntityAndNoRepository() {
		noClasses().that()
			.resideInAnyPackage("dev.tether.line..", "dev.tether.api..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(tether);
	}
}
