package dev.tether.api.console.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.OrgFixture.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The work page: open, it keeps the agent online and shows their work as it arrives; closed, presence lapses. */
class WorkPageInBrowserTests extends BrowserTest {

	@Test
	void anOpenWorkPageMakesTheAgentOnlineAndShowsAConversationRoutedToTheirTeamWithoutAReload() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		Person agent = org.aPersonWhoSignsIn("佐藤 葵", "AGENT");
		String team = org.aTeam("Front desk", Map.of("onlineOnly", true), agent.id());
		org.settings("PERMANENT", List.of(), team);
		assertThat(org.presenceOf(agent.id())).isEqualTo("OFFLINE");

		signIn(agent);
		await().atMost(Duration.ofSeconds(10)).until(() -> org.presenceOf(agent.id()), "ONLINE"::equals);
		browser.executeScript("window.tetherTestMarker = 'the same page';");
		String contact = LineWebhook.aLineUserId();
		assertThat(webhookOf(channel).deliver(LineWebhook.text(contact, "こんにちは")).status()).isEqualTo(200);
		String conversation = org.contact(channel, contact).json().path("conversation").path("id").asString();

		waitFor(By.cssSelector("#held [data-conversation='" + conversation + "']"));
		assertThat(browser.findElement(By.cssSelector("#held [data-conversation='" + conversation + "'] .contact"))
			.getText()).isEqualTo(contact);
		assertThat(browser.executeScript("return window.tetherTestMarker;")).as("no reload").isEqualTo("the same page");
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("ONLINE");
		screenshot("work");
		browser.findElement(By.cssSelector("#held [data-conversation='" + conversation + "'] button.close")).click();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> api.get("/api/v1/conversations/" + conversation, org.ownerToken()).field("status"),
					"CLOSED"::equals);
	}

	@Test
	void theOpenPageKeepsTheAgentOnlinePastTheTtlAndClosingItLetsPresenceLapse() {
		OrgFixture org = anOrg();
		Person agent = org.aPersonWhoSignsIn("Alice Chen", "AGENT");
		signIn(agent);
		await().atMost(Duration.ofSeconds(10)).until(() -> org.presenceOf(agent.id()), "ONLINE"::equals);

		await().during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(7))
			.until(() -> org.presenceOf(agent.id()), "ONLINE"::equals);
		browser.get("about:blank");

		await().atMost(Duration.ofSeconds(10)).until(() -> org.presenceOf(agent.id()), "OFFLINE"::equals);
	}
}
