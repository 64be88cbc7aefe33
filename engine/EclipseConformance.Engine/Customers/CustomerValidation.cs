using System.Globalization;
using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Customers;

/// <summary>Field constraints of REF-CUST; every violation is listed in one VAL001 description.</summary>
public static class CustomerValidation
{
    public static ApiError? Validate(CreateCustomerRequest r, string country, out string? phone, out string? phoneKey, out string? dateOfBirth)
    {
        var problems = new List<string>();
        phone = null;
        phoneKey = null;
        dateOfBirth = null;
        Length(problems, "externalUniqueId", r.ExternalUniqueId, 6, 100, required: true);
        Length(problems, "firstName", r.FirstName, 2, 50, required: true);
        Length(problems, "lastName", r.LastName, 2, 50, required: true);
        Length(problems, "email", r.Email, 5, 100, required: false);
        Length(problems, "nationalIdentityNumber", r.NationalIdentityNumber, 5, 20, required: false);
        Length(problems, "passportNumber", r.PassportNumber, 5, 20, required: false);
        Length(problems, "title", r.Title, 1, 10, required: false);
        if (r.Phone1 is not null)
        {
            if (PhoneNumbers.TryNormalise(r.Phone1, country, out var international, out var key))
            {
                phone = international;
                phoneKey = key;
            }
            else
            {
                problems.Add($"phone1 is not a valid {country} phone number (digits with country code, e.g. {PhoneNumbers.CallingCode(country)}...)");
            }
        }

        if (r.DateOfBirth is not null)
        {
            // REF-CUST documents yyyyMMdd, EFT-CUC's example uses yyyy-MM-dd: both are accepted and stored as yyyyMMdd.
            if (DateOnly.TryParseExact(r.DateOfBirth, ["yyyyMMdd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dob))
            {
                dateOfBirth = dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            }
            else
            {
                problems.Add("dateOfBirth must be yyyyMMdd (or yyyy-MM-dd)");
            }
        }

        if (r.Gender is not null and not ("M" or "F" or "X"))
        {
            problems.Add("gender must be M, F or X");
        }

        if (r.Status is not null and not ("ACTIVE" or "INACTIVE"))
        {
            problems.Add("status must be ACTIVE or INACTIVE");
        }

        return problems.Count == 0 ? null : ApiError.Validation(string.Join("; ", problems));
    }

    public static void Length(List<string> problems, string field, string? value, int min, int max, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                problems.Add($"{field} is required");
            }

            return;
        }

        if (value.Length < min || value.Length > max)
        {
            problems.Add($"{field} must be {min}-{max} characters");
        }
        else if (!Primitives.UnicodeText.IsWellFormed(value))
        {
            problems.Add($"{field} must be well-formed Unicode text (no lone surrogates or noncharacters)");
        }
    }
}
