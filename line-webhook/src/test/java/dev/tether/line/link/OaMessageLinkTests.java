package dev.tether.line.link;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OaMessageLinkTests {

	@Test
	void theDocumentedExampleIsReproducedExactly() {
		assertThat(OaMessageLink.of("@linedevelopers", "Hi there!"))
			.isEqualTo("https://line.me/R/oaMessage/%40linedevelopers/?Hi%20there%21");
	}

	@Test
	void japaneseTextIsPercentEncodedAsUtf8() {
		assertThat(OaMessageLink.of("@brand", "こんにちは 担当"))
			.isEqualTo("https://line.me/R/oaMessage/%40brand/?%E3%81%93%E3%82%93%E3%81%AB%E3%81%A1%E3%81%AF"
					+ "%20%E6%8B%85%E5%BD%93");
	}

	@Test
	void spacesAndPlusSignsNeverBecomeAPlus() {
		String link = OaMessageLink.of("@my brand", "1 + 1 = 2 #TB0123");

		assertThat(link).doesNotContain("+");
		assertThat(link).isEqualTo("https://line.me/R/oaMessage/%40my%20brand/?1%20%2B%201%20%3D%202%20%23TB0123");
	}

	@Test
	void theTextFollowsABareQuestionMark() {
		String link = OaMessageLink.of("@brand", "a=b&c");

		assertThat(link).startsWith("https://line.me/R/oaMessage/%40brand/?a%3Db%26c");
		assertThat(link.substring(link.indexOf('?') + 1)).doesNotContain("=", "&");
	}
}
