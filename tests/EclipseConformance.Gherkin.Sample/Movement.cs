namespace GherkinSample;

public sealed record Movement(string Kind, decimal Amount);
