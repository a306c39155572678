package dev.tether.api.error;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.tether.api.error.ProblemWriter.FieldError;
import dev.tether.api.web.TextWithoutNul;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query parameter holding U+0000, which no column can store, before it reaches a query,
 * as the JSON body's {@link TextWithoutNul} does for body fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TextParametersFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	TextParametersFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (parameter.getKey().indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
					problems.write(response, ProblemWriter.invalid(List.of(new FieldError(
							parameter.getKey().replace('\u0000', '\uFFFD'), TextWithoutNul.NulInText.PROBLEM))));
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}
}
