package dev.tether.api.console.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.tether.api.qr.QrDecoder;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.OrgFixture.Person;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** A manager's team page: members with status and load, and the member links and QR codes to download. */
class TeamDownloadsInBrowserTests extends BrowserTest {

	@Test
	void aManagerSeesTheirTeamAndDownloadsItsMemberLinksAsCsvAndQrCodesAsZip() throws IOException {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		Person manager = org.aPersonWhoSignsIn("佐藤 葵", "MANAGER");
		String wang = org.anAgent("王小明");
		String team = org.aTeam("Shinjuku 新宿", manager.id(), wang);
		org.aTeam("Not theirs");
		signIn(manager);

		browser.findElement(By.linkText("My teams")).click();
		assertThat(waitFor(By.id("teams")).getText()).contains("Shinjuku 新宿").doesNotContain("Not theirs");
		browser.findElement(By.linkText("Shinjuku 新宿")).click();
		waitFor(By.id("members"));
		assertThat(browser.findElement(By.id("members")).getText()).contains("佐藤 葵", "王小明");
		assertThat(browser.findElements(By.id("team-form"))).as("managers do not edit teams").isEmpty();
		screenshot("team");

		TetherClient.Response csv = download(browser.findElement(By.cssSelector("a.download-csv")));
		TetherClient.Response zip = download(browser.findElement(By.cssSelector("a.download-zip")));

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Disposition")).contains("filename*=UTF-8''")
			.contains("_teamMembers_QR_urls.csv");
		List<String> lines = csv.text().lines().toList();
		assertThat(lines.get(0)).isEqualTo("Assignee,Email,Assign link");
		assertThat(lines).hasSize(3);
		assertThat(zip.header("Content-Disposition")).contains(team + "_").contains("_teamMembers_QR_codes.zip");
		Map<String, String> linkByEmail = new HashMap<>();
		lines.stream().skip(1).map(line -> line.split(",")).forEach(row -> linkByEmail.put(row[1], row[2]));
		Map<String, String> decoded = new HashMap<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				decoded.put(entry.getName().replaceAll("\\.svg$", ""),
						QrDecoder.decodeSvg(new String(entries.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		assertThat(decoded).isEqualTo(linkByEmail);
		assertThat(lines.get(1) + lines.get(2)).contains("佐藤 葵", "王小明");
		assertThat(channel.id()).isNotBlank();
	}
}
