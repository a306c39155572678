package dev.tether.api.console.security;

import dev.tether.core.Refusal;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets console controllers take the {@link ConsoleUser} as a parameter. */
class ConsoleUserResolver implements HandlerMethodArgumentResolver {

	private final ConsoleUsers users;

	ConsoleUserResolver(ConsoleUsers users) {
		this.users = users;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ConsoleUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return users.current()
			.orElseThrow(() -> new Refusal(Refusal.Kind.UNAUTHENTICATED, "SIGNED_OUT", "Please sign in again"));
	}
}
