namespace ShanghaiAi.Stats.Synthetic;

/// <summary>How the generator draws enterprises of one category (or one kind of out-of-scope firm).</summary>
/// <param name="Code">The intended category: 4 digits, or 00 for out of scope.</param>
/// <param name="Kind">A short name of the profile (the category code, or the out-of-scope trap).</param>
/// <param name="Weight">Relative frequency, per mille of all enterprises.</param>
/// <param name="Industry">GB/T 4754-2017 classes consistent with the category.</param>
/// <param name="Strong">经营范围 items carrying the category's own terms (the AI signal).</param>
/// <param name="Plain">经营范围 items of the trade without any AI signal.</param>
/// <param name="StrongEn">English scope items with the category's terms.</param>
/// <param name="Products">主要产品 (with the category's terms).</param>
/// <param name="NameWords">行业 words of enterprise names.</param>
/// <param name="MedianRevenue">Median annual operating revenue, 千元.</param>
/// <param name="Sigma">Log-normal dispersion of annual revenue.</param>
/// <param name="Growth">Mean annual growth.</param>
/// <param name="Software">Share of AI revenue from AI software.</param>
/// <param name="Services">Share of AI revenue from AI services (the rest is AI products).</param>
/// <param name="WholeClass">Its industry codes are wholly in the AI sector (3491, 3962 ...).</param>
internal sealed record Profile(
    string Code,
    string Kind,
    int Weight,
    string[] Industry,
    string[] Strong,
    string[] Plain,
    string[] StrongEn,
    string[] Products,
    string[] NameWords,
    double MedianRevenue,
    double Sigma,
    double Growth,
    double Software,
    double Services,
    bool WholeClass = false)
{
    public bool InScope => Code != "00";

    /// <summary>Main products of a firm coded in a whole class whose texts name no AI technology.</summary>
    public string[] PlainProducts { get; init; } = [];

    /// <summary>Manufacturing, wholesale and construction use the 20,000 千元 threshold of 规上; services 10,000.</summary>
    public static double SizeThreshold(string industryCode)
        => int.Parse(industryCode.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) switch
        {
            >= 13 and <= 50 => 20_000,
            51 => 20_000,
            52 => 5_000,
            _ => 10_000,
        };
}
