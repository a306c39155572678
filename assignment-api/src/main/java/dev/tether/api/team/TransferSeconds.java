package dev.tether.api.team;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.tether.core.routing.UnansweredRule;
import dev.tether.persistence.team.TeamDetails;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/** 0 (off) or 30 to 86400 seconds. */
@Constraint(validatedBy = TransferSeconds.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TransferSeconds {

	String message() default "must be 0 (off) or between 30 and 86400";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<TransferSeconds, Integer> {

		@Override
		public boolean isValid(@Nullable Integer value, ConstraintValidatorContext context) {
			return value == null || value == TeamDetails.TRANSFER_OFF
					|| (value >= UnansweredRule.SHORTEST.toSeconds() && value <= UnansweredRule.LONGEST.toSeconds());
		}
	}
}
