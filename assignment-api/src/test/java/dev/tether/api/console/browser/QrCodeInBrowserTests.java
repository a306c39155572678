package dev.tether.api.console.browser;

import dev.tether.api.qr.QrDecoder;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.OrgFixture.Person;
import dev.tether.api.support.PercentDecoding;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** An agent's own QR code, made from their profile, as they would print it or show it from a phone. */
class QrCodeInBrowserTests extends BrowserTest {

	@Test
	void anAgentCreatesAQrCodeWhoseImageAndDownloadsDecodeToTheBindingLink() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		Person agent = org.aPersonWhoSignsIn("王小明", "AGENT");
		signIn(agent);

		open("/console/profile");
		screenshot("profile");
		waitFor(By.cssSelector("button.create-qr[data-channel='" + channel.id() + "']")).click();

		waitFor(By.id("qr-code"));
		String link = browser.findElement(By.id("qr-link")).getText();
		String message = browser.findElement(By.id("qr-message")).getText();
		assertThat(link).startsWith("https://line.me/R/oaMessage/%40brand/?");
		assertThat(PercentDecoding.decode(link.substring(link.indexOf('?') + 1))).isEqualTo(message);
		assertThat(message).contains("王小明");
		Object shown = browser.executeScript(
				"var img = document.getElementById('qr-image'); return img.complete && img.naturalWidth > 0;");
		assertThat(shown).as("the QR image is drawn on the page").isEqualTo(true);
		TetherClient.Response png = download(browser.findElement(By.id("download-png")));
		TetherClient.Response svg = download(browser.findElement(By.id("download-svg")));
		assertThat(png.header("Content-Type")).isEqualTo("image/png");
		assertThat(png.header("Content-Disposition")).startsWith("attachment").contains(".png");
		assertThat(QrDecoder.decodePng(png.body())).isEqualTo(link);
		assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(QrDecoder.decodeSvg(svg.text())).isEqualTo(link);
		String code = browser.findElement(By.id("qr-code")).getAttribute("data-code");
		assertThat(api.get("/api/v1/binding-codes/" + code, org.ownerToken()).field("link")).isEqualTo(link);
		onAPhone();
		browser.navigate().refresh();
		waitFor(By.id("qr-image"));
		screenshot("qr-code-on-a-phone");
	}
}
