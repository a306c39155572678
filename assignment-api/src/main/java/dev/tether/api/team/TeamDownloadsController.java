package dev.tether.api.team;

import dev.tether.api.security.Caller;
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

	private final MemberCodeFiles files;

	TeamDownloadsController(MemberCodeFiles files) {
		this.files = files;
	}

	@GetMapping("/api/v1/teams/{id}/member-binding-codes.csv")
	ResponseEntity<byte[]> links(Caller.Member caller, @PathVariable long id, @RequestParam long channelId) {
		return files.links(caller, id, channelId);
	}

	@GetMapping("/api/v1/teams/{id}/member-binding-codes.zip")
	ResponseEntity<byte[]> qrCodes(Caller.Member caller, @PathVariable long id, @RequestParam long channelId) {
		return files.qrCodes(caller, id, channelId);
	}
}
