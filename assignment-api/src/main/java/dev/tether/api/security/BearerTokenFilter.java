package dev.tether.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import dev.tether.persistence.org.TokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises {@code Authorization: Bearer} tokens: the platform admin token from configuration,
 * or an org token by its hash. Every request looks the token up, so a revoked token stops at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final byte[] adminToken;

	private final TokenService tokens;

	BearerTokenFilter(String adminToken, TokenService tokens) {
		this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			recognise(header.substring(PREFIX.length()).strip()).ifPresent(caller -> SecurityContextHolder.getContext()
				.setAuthentication(new UsernamePasswordAuthenticationToken(caller, null,
						List.of(new SimpleGrantedAuthority("ROLE_CALLER")))));
		}
		chain.doFilter(request, response);
	}

	private Optional<Caller> recognise(String secret) {
		if (secret.isEmpty()) {
			return Optional.empty();
		}
		if (MessageDigest.isEqual(adminToken, secret.getBytes(StandardCharsets.UTF_8))) {
			return Optional.of(new Caller.PlatformAdmin());
		}
		return tokens.recognise(secret)
			.map(token -> new Caller.Member(token.orgId(), token.role(), token.agentId(), token.id()));
	}
}
