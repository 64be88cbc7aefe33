namespace EclipseConformance.Engine.Errors;

/// <summary>Declares Eclipse's error envelope as the body of a group's error statuses, for the OpenAPI documents.</summary>
public static class EnvelopeMetadata
{
    public static TBuilder WithErrorEnvelope<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses.Length > 0 ? statuses : [400, 401, 403, 404])
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(EclipseError[]), ["application/json"]));
        }

        return builder;
    }
}
