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
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What owners and admins look at: users with their QR icon, teams, settings, and the report's chart. */
class OwnerPagesInBrowserTests extends BrowserTest {

	@Test
	void theUsersPageListsPeopleByTheirOwnNamesAndItsQrIconLeadsToThatPersonsCode() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		Person owner = org.aPersonWhoSignsIn("佐藤 葵", "OWNER");
		String wang = org.anAgent("王小明");
		signIn(owner);

		open("/console/users");
		assertThat(waitFor(By.id("users")).getText()).contains("佐藤 葵", "王小明");
		screenshot("users");
		browser.findElement(By.cssSelector("tr[data-user='" + wang + "'] button.qr-icon")).click();

		waitFor(By.id("qr-code"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("QR code for 王小明");
		assertThat(browser.findElement(By.id("qr-message")).getText()).contains("王小明");
		assertThat(channel.id()).isNotBlank();
		open("/console/users/" + wang);
		browser.findElement(By.id("invite")).click();
		assertThat(waitFor(By.id("invite-url")).getText()).contains("/console/invite/tt_");
		browser.navigate().refresh();
		assertThat(waitFor(By.id("user")).getText()).as("the link is shown once").doesNotContain("/console/invite/");
	}

	@Test
	void theReportChartsAssignmentsPerAgentPerDayAndAddsUpToTheTable() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		Person owner = org.aPersonWhoSignsIn("佐藤 葵", "OWNER");
		String wang = org.anAgent("王小明");
		String team = org.aTeam("Front desk", Map.of("strategy", "ROUND_ROBIN"), owner.id(), wang);
		org.settings("PERMANENT", List.of(), team);
		for (int i = 0; i < 3; i++) {
			webhookOf(channel).deliver(LineWebhook.text(LineWebhook.aLineUserId(), "hello " + i));
		}
		signIn(owner);

		open("/console/reports");
		waitFor(By.id("chart"));
		List<WebElement> lines = browser.findElements(By.cssSelector("#chart polyline.series"));
		assertThat(lines).extracting(line -> line.getAttribute("data-agent-name"))
			.containsExactlyInAnyOrder("佐藤 葵", "王小明");
		long charted = browser.findElements(By.cssSelector(".legend > span"))
			.stream()
			.mapToLong(entry -> Long.parseLong(entry.getText().replaceAll(".*\\((\\d+)\\)$", "$1")))
			.sum();
		long tabled = browser.findElements(By.cssSelector("#report-rows td.assigned"))
			.stream()
			.mapToLong(cell -> Long.parseLong(cell.getText()))
			.sum();
		assertThat(charted).isEqualTo(3).isEqualTo(tabled);
		screenshot("reports");
		open("/console/settings");
		waitFor(By.id("settings-form"));
		screenshot("settings");
		open("/console/teams/" + team);
		waitFor(By.id("team-form"));
		await().atMost(Duration.ofSeconds(5)).until(() -> browser.findElement(By.id("members")).isDisplayed());
		screenshot("team-settings");
	}
}
