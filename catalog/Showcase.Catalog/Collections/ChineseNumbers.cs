namespace Showcase.Catalog.Collections;

/// <summary>Chapter numbers the way Chinese books print them: 第一章 … 第十章, 第十一章 … 第九十九章.</summary>
public static class ChineseNumbers
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int number) => number switch
    {
        < 1 or > 99 => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 10 => Digits[number].ToString(),
        10 => "十",
        < 20 => "十" + Digits[number % 10],
        _ => Digits[number / 10] + "十" + (number % 10 == 0 ? "" : Digits[number % 10].ToString()),
    };

    public static string Chapter(int number) => $"第{Of(number)}章";
}
