package dev.tether.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.tether.core", importOptions = ImportOption.DoNotIncludeTests.class)
class NoFrameworksInCoreTests {

	@ArchTest
	static final ArchRule coreKnowsNoFramework = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
				"com.fasterxml.jackson..", "tools.jackson..")
		.because("the assignment domain is plain Java, built at the edge");
}
