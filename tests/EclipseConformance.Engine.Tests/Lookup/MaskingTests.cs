using EclipseConformance.Engine.Lookup;

namespace EclipseConformance.Engine.Tests.Lookup;

public class MaskingTests
{
    [Theory]
    [InlineData("Sipho", "S***o")]
    [InlineData("Müller", "M****r")]
    [InlineData("van der Merwe", "v***********e")]
    [InlineData("Neo", "N*o")]
    [InlineData("Li", "L*")]
    [InlineData("X", "*")]
    [InlineData("Zoe\u0308", "Z*ë")]
    public void A_name_shows_only_its_first_and_last_character(string name, string masked) => Masking.Name(name).Should().Be(masked);

    [Theory]
    [InlineData("27821112222", "ZA", "27*****2222")]
    [InlineData("26771234567", "BW", "267****4567")]
    [InlineData("254712345678", "KE", "254*****5678")]
    [InlineData("256772345678", "UG", "256*****5678")]
    public void A_phone_shows_its_country_code_and_last_four_digits(string phone, string country, string masked) =>
        Masking.Phone(phone, country).Should().Be(masked);

    [Theory]
    [InlineData("8001015009087", "**********087")]
    [InlineData("A12345678", "******678")]
    [InlineData("CM9012345ABCDE", "***********CDE")]
    [InlineData("AB12", "**12")]
    public void An_identity_document_shows_at_most_its_last_three_characters_and_never_half(string value, string masked) =>
        Masking.Document(value).Should().Be(masked);

    [Fact]
    public void Missing_values_stay_missing()
    {
        Masking.Phone(null, "ZA").Should().BeNull();
        Masking.Document(null).Should().BeNull();
        Masking.Document("").Should().BeNull();
    }
}
