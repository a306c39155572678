package dev.tether.api.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.tether.api.binding.BindingCodeAccess;
import dev.tether.api.binding.QrCodes;
import dev.tether.api.security.Caller;
import dev.tether.api.web.Downloads;
import dev.tether.line.link.OaMessageLink;
import dev.tether.persistence.binding.BindingCodeService;
import dev.tether.persistence.binding.BindingCodeService.MemberCode;
import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.org.Role;
import dev.tether.persistence.team.Team;
import dev.tether.persistence.team.TeamService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team's binding links (CSV) and QR codes (ZIP of SVG), one per active member, issuing codes
 * for members who have none yet.
 */
@RestController
class TeamDownloadsController {

	private final BindingCodeService codes;

	private final TeamService teams;

	private final ChannelService channels;

	private final BindingCodeAccess access;

	TeamDownloadsController(BindingCodeService codes, TeamService teams, ChannelService channels,
			BindingCodeAccess access) {
		this.codes = codes;
		this.teams = teams;
		this.channels = channels;
		this.access = access;
	}

	@GetMapping("/api/v1/teams/{id}/member-binding-codes.csv")
	ResponseEntity<byte[]> links(Caller.Member caller, @PathVariable long id, @RequestParam long channelId) {
		Download download = prepare(caller, id, channelId);
		List<List<String>> rows = download.members()
			.stream()
			.map(member -> List.of(member.agent().getName(), member.agent().getEmail(), download.link(member)))
			.toList();
		return Downloads.attachment(download.team().getName() + "_teamMembers_QR_urls.csv", Downloads.CSV,
				Downloads.csv(List.of("Assignee", "Email", "Assign link"), rows));
	}

	@GetMapping("/api/v1/teams/{id}/member-binding-codes.zip")
	ResponseEntity<byte[]> qrCodes(Caller.Member caller, @PathVariable long id, @RequestParam long channelId) {
		Download download = prepare(caller, id, channelId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (MemberCode member : download.members()) {
				zip.putNextEntry(new ZipEntry(Downloads.safeName(member.agent().getEmail()) + ".svg"));
				zip.write(QrCodes.svg(download.link(member)).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Downloads.attachment(
				download.team().getId() + "_" + download.team().getName() + "_teamMembers_QR_codes.zip",
				MediaType.parseMediaType("application/zip"), out.toByteArray());
	}

	private Download prepare(Caller.Member caller, long teamId, long channelId) {
		if (!access.managesTeam(caller, teamId)) {
			caller.require(Role.OWNER, Role.ADMIN);
		}
		Team team = teams.get(caller.orgId(), teamId);
		Channel channel = channels.get(caller.orgId(), channelId);
		return new Download(team, channel, codes.forMembers(caller.orgId(), teamId, channelId));
	}

	private record Download(Team team, Channel channel, List<MemberCode> members) {

		String link(MemberCode member) {
			return OaMessageLink.of(channel.getBasicId(), member.code().getCode().message(member.agent().getName()));
		}
	}
}
