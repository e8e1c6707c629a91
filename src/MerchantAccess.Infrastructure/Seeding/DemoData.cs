namespace MerchantAccess.Infrastructure.Seeding;

/// <summary>The content of <c>samples/demo.json</c>: demo companies with their users, and support agents.</summary>
public sealed class DemoData
{
    public List<DemoCompany> Companies { get; set; } = [];

    public List<DemoUser> SupportAgents { get; set; } = [];
}

/// <summary>A demo merchant company.</summary>
public sealed class DemoCompany
{
    public string Name { get; set; } = "";

    public string SecurityCode { get; set; } = "";

    public List<DemoUser> Users { get; set; } = [];
}

/// <summary>
/// A demo account. <see cref="Login"/>, <see cref="Password"/> and <see cref="Email"/> are required;
/// names default to the parts of the login.
/// </summary>
public sealed class DemoUser
{
    public string Login { get; set; } = "";

    public string Password { get; set; } = "";

    public string Email { get; set; } = "";

    public string Language { get; set; } = "fr";

    public List<string> Permissions { get; set; } = [];

    public string? Title { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? PhoneNumber { get; set; }
}
