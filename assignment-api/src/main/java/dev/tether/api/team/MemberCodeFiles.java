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
import dev.tether.core.access.Role;
import dev.tether.line.link.OaMessageLink;
import dev.tether.persistence.binding.BindingCodeService.MemberCode;
import dev.tether.persistence.binding.BindingCodeService;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.channel.ChannelView;
import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A team's binding links (CSV) and QR codes (ZIP of SVG), one per active member, issuing codes
 * for members who have none yet: the same files for the API and the console. Owners and admins
 * get any team's, a manager those of the teams they belong to.
 */
@Component
public class MemberCodeFiles {

	private final BindingCodeService codes;

	private final TeamService teams;

	private final ChannelService channels;

	private final BindingCodeAccess access;

	MemberCodeFiles(BindingCodeService codes, TeamService teams, ChannelService channels, BindingCodeAccess access) {
		this.codes = codes;
		this.teams = teams;
		this.channels = channels;
		this.access = access;
	}

	/** {@code {Team Name}_teamMembers_QR_urls.csv} with {@code Assignee,Email,Assign link}. */
	public ResponseEntity<byte[]> links(Caller.Member caller, long teamId, long channelId) {
		Download download = prepare(caller, teamId, channelId);
		List<List<String>> rows = download.members()
			.stream()
			.map(member -> List.of(member.name(), member.email(), download.link(member)))
			.toList();
		return Downloads.attachment(download.team().name() + "_teamMembers_QR_urls.csv", Downloads.CSV,
				Downloads.csv(List.of("Assignee", "Email", "Assign link"), rows));
	}

	/** {@code {Team ID}_{Team Name}_teamMembers_QR_codes.zip} with one {@code {email}.svg} per member. */
	public ResponseEntity<byte[]> qrCodes(Caller.Member caller, long teamId, long channelId) {
		Download download = prepare(caller, teamId, channelId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (MemberCode member : download.members()) {
				zip.putNextEntry(new ZipEntry(Downloads.safeName(member.email()) + ".svg"));
				zip.write(QrCodes.svg(download.link(member)).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Downloads.attachment(
				download.team().id() + "_" + download.team().name() + "_teamMembers_QR_codes.zip",
				MediaType.parseMediaType("application/zip"), out.toByteArray());
	}

	private Download prepare(Caller.Member caller, long teamId, long channelId) {
		if (!access.managesTeam(caller, teamId)) {
			caller.require(Role.OWNER, Role.ADMIN);
		}
		TeamView team = teams.get(caller.orgId(), teamId);
		ChannelView channel = channels.get(caller.orgId(), channelId);
		return new Download(team, channel, codes.forMembers(caller.orgId(), teamId, channelId));
	}

	private record Download(TeamView team, ChannelView channel, List<MemberCode> members) {

		String link(MemberCode member) {
			return OaMessageLink.of(channel.basicId(), member.message());
		}
	}
}
