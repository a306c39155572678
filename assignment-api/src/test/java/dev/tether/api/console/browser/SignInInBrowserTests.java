package dev.tether.api.console.browser;

import java.util.List;
import java.util.Map;

import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.Person;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in as people do: through the invite link, then with email and password. */
class SignInInBrowserTests extends BrowserTest {

	@Test
	void aNewOrgsOwnerSetsAPasswordThroughTheInviteLinkAndSignsIn() {
		TetherClient.Response created = api.post("/api/v1/orgs", ADMIN_TOKEN,
				Map.of("name", "Acme 東京", "ownerEmail", "aoi.sato@acme.test", "ownerName", "佐藤 葵"));

		browser.get(created.field("ownerInviteUrl"));
		waitFor(By.name("password"));
		assertThat(browser.getCurrentUrl()).as("the secret leaves the address bar").endsWith("/console/welcome");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, 佐藤 葵");
		browser.executeScript("document.querySelector('[name=password]').removeAttribute('minlength');");
		browser.findElement(By.name("password")).sendKeys("short");
		browser.findElement(By.name("confirmation")).sendKeys("short");
		browser.findElement(By.cssSelector("button.primary")).click();
		assertThat(waitFor(By.cssSelector("[data-error-for=password]")).getText())
			.isEqualTo("must be at least 10 characters");
		browser.findElement(By.name("password")).sendKeys("sakura in spring");
		browser.findElement(By.name("confirmation")).sendKeys("sakura in spring");
		screenshot("set-password");
		browser.findElement(By.cssSelector("button.primary")).click();
		waitFor(By.name("email"));
		screenshot("sign-in");
		browser.findElement(By.name("password")).sendKeys("sakura in spring");
		browser.findElement(By.cssSelector("button.primary")).click();

		waitFor(By.id("work"));
		assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("佐藤 葵");
		assertThat(browser.findElements(By.linkText("Users"))).hasSize(1);
		browser.get(created.field("ownerInviteUrl"));
		assertThat(waitFor(By.id("invite-unusable")).getAttribute("data-reason")).isEqualTo("used");
	}

	@Test
	void anAgentWhoOpensAnAdminPageGetsTheForbiddenPage() {
		OrgFixture org = anOrg();
		Person agent = org.aPersonWhoSignsIn("Alice Chen", "AGENT");
		String team = org.aTeam("Sales", agent.id());
		signIn(agent);

		assertThat(browser.findElements(By.linkText("Users"))).isEmpty();
		for (String page : List.of("/console/users", "/console/users/new", "/console/users/" + agent.id(),
				"/console/teams", "/console/teams/" + team, "/console/settings")) {
			open(page);
			assertThat(waitFor(By.id("error")).getAttribute("data-status")).as(page).isEqualTo("403");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
		}
		screenshot("forbidden");
		open("/console/profile");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Alice Chen");
	}
}
