using EclipseConformance.Engine.Customers;

namespace EclipseConformance.Engine.Tests.Customers;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("27821112222", "ZA", "27821112222", "821112222")]
    [InlineData("0821112222", "ZA", "27821112222", "821112222")]
    [InlineData("+27821112222", "ZA", "27821112222", "821112222")]
    [InlineData("26771234567", "BW", "26771234567", "71234567")]
    [InlineData("0712345678", "KE", "254712345678", "712345678")]
    [InlineData("256772123456", "UG", "256772123456", "772123456")]
    public void Phones_normalise_to_country_code_form_and_national_key(string input, string country, string international, string key)
    {
        PhoneNumbers.TryNormalise(input, country, out var i, out var k).Should().BeTrue();
        i.Should().Be(international);
        k.Should().Be(key);
    }

    [Theory]
    [InlineData("082111222", "ZA")]
    [InlineData("27-82-111-2222", "ZA")]
    [InlineData("abc", "ZA")]
    [InlineData("27821112222", "XX")]
    public void Invalid_phones_are_refused(string input, string country)
    {
        PhoneNumbers.TryNormalise(input, country, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void A_search_phone_with_or_without_country_code_gives_the_same_key()
    {
        PhoneNumbers.SearchKeys("27821112222").Should().Contain("821112222");
        PhoneNumbers.SearchKeys("0821112222").Should().Contain("821112222");
    }

    [Fact]
    public void Names_match_case_and_accent_insensitively()
    {
        NameKey.Of("Müller").Should().Be(NameKey.Of("MULLER"));
        NameKey.Of(" Cloëte ").Should().Be("cloete");
    }
}
