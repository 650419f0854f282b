package org.imagingledger.web.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.MultipartConfigElement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** English by default, Italian with ?lang=it (kept in a cookie). */
@Configuration
@EnableConfigurationProperties(BodyLimits.Settings.class)
class WebConfig implements WebMvcConfigurer {

    /** The languages the ledger speaks; anything else is answered in English. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN);

    /**
     * The language a person chose on the pages (?lang=, kept in a cookie), otherwise the one the
     * client asks for (Accept-Language), otherwise English. API clients send the header; the
     * pages' choice sticks.
     */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
        header.setSupportedLocales(LANGUAGES);
        header.setDefaultLocale(Locale.ENGLISH);
        CookieLocaleResolver resolver = new CookieLocaleResolver("ledger-lang");
        resolver.setDefaultLocaleFunction(header::resolveLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** Body limits act after authentication (Spring Security's filters) and before anything reads the body. */
    @Bean
    FilterRegistrationBean<BodyLimits> bodyLimits(
            BodyLimits.Settings settings, Problems problems, ObjectMapper json, LocaleResolver locales) {
        BodyLimits.TooLargeResponder responder = (request, response, limit) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemDetail problem = problems.of(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        ErrorCodes.TOO_LARGE,
                        List.of(String.valueOf(limit)),
                        "the body is larger than " + limit + " bytes",
                        List.of(),
                        locales.resolveLocale(request));
                problem.setInstance(java.net.URI.create(request.getRequestURI()));
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), problem);
            } else {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            }
        };
        FilterRegistrationBean<BodyLimits> registration =
                new FilterRegistrationBean<>(new BodyLimits(settings, responder));
        registration.setOrder(0);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorizeBeforeBody());
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    /**
     * Bodies are read strictly: an unknown member (a misspelt flag) or an explicit null for a
     * number or flag is refused with the field named, and "true" in quotes is not a flag. Only the
     * HTTP reader is strict; events are read with the application's own mapper, so that stored
     * events stay readable as they evolve.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                ObjectMapper strict = jackson.getObjectMapper()
                        .copy()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
                // a number or a flag where text belongs is the wrong type, not a string
                strict.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                jackson.setObjectMapper(strict);
            }
        }
    }

    /**
     * Uploads are documents: a file up to {@code ledger.documents.max-size} (20 MB by default),
     * the request a little more for the other fields. Over the limit the answer is a 413 problem
     * detail (multipart is read lazily, when the controller asks for the file, so the refusal is
     * worded like any other).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${ledger.documents.max-size:20MB}") DataSize max) {
        return new MultipartConfigElement(
                "", max.toBytes(), max.toBytes() + DataSize.ofMegabytes(1).toBytes(), (int)
                        DataSize.ofMegabytes(1).toBytes());
    }
}
