using Showcase.Catalog.Collections;

namespace Showcase.Catalog.Tests.Collections;

internal static class SampleBooks
{
    /// <summary>A book of <paramref name="chapters"/> chapters with <paramref name="casesPerChapter"/> cases each.</summary>
    public static Book Of(int chapters, int casesPerChapter, string? introduction = "本案例集收录**节能减排**方向的优秀场景。") => new(
        new BookCover("2026 年钢铁行业智能制造优秀场景案例集", "节能减排专辑", "全国智能制造现场会", "2026年11月23日", "江苏苏州", "测试工信厅", "2026年11月 第1次发布"),
        introduction,
        Enumerable.Range(1, chapters).Select(c => new BookChapter($"第 {c} 组场景",
            Enumerable.Range(1, casesPerChapter).Select(i => Case($"c{c}-{i}", $"高炉智能控制 {c}-{i}")).ToArray())).ToArray());

    public static BookCase Case(string id, string title, IReadOnlyList<BookPicture>? pictures = null, string? body = null, IReadOnlyList<BookPicture>? bodyPictures = null) => new(
        id, 2, title, "通过数字孪生优化高炉操作。",
        [new BookFact(BookFacts.Organisation, "申报单位", "宝钢股份"), new BookFact(BookFacts.Region, "地区", "上海市"), new BookFact(BookFacts.Industry, "行业", "钢铁")],
        [new BookMetric("吨铁能耗", "千克标煤/吨", "400", "380", "-5%"), new BookMetric("生产效率", "%", "—", "95", "—")],
        body ?? "## 背景\n高炉是**能耗大户**。\n\n- 数字孪生\n- 专家系统\n\n| 阶段 | 内容 |\n|---|---|\n| 一期 | 建模 |\n",
        "值得在长流程钢厂推广。",
        $"https://showcase.example.cn/t/demo/cases/{id}",
        pictures ?? [],
        bodyPictures ?? []);

    /// <summary>
    /// The book of <see cref="Of"/> in both languages: its English edition has English titles, and its first case an
    /// English summary but no English body (printed in its Chinese original, marked).
    /// </summary>
    public static Book InBoth(int chapters, int casesPerChapter)
    {
        var chinese = Of(chapters, casesPerChapter);
        var english = new Book(
            new BookCover("Smart Manufacturing Cases of the Steel Industry 2026", "Energy saving", "全国智能制造现场会", "23 November 2026", "江苏苏州", "测试工信厅", "Published 23 November 2026, release 1"),
            "This collection gathers outstanding scenarios of **energy saving**.",
            chinese.Chapters.Select((chapter, c) => new BookChapter(chapter.Title, chapter.Cases.Select((item, i) => item with
            {
                Title = $"Smart blast furnace control {c + 1}-{i + 1}",
                Summary = "A digital twin tunes the blast furnace.",
                Facts = [new BookFact(BookFacts.Organisation, "Applicant", "宝钢股份"), new BookFact(BookFacts.Region, "Region", "Shanghai"), new BookFact(BookFacts.Industry, "Industry", "Steel")],
                Body = c == 0 && i == 0 ? item.Body : "## Background\nBlast furnaces use **much energy**.",
                Original = c == 0 && i == 0 ? BookOriginal.Body : BookOriginal.None,
            }).ToArray())).ToArray())
        {
            Language = BookLanguage.English,
        };
        return chinese with { Language = BookLanguage.Chinese, English = english };
    }

    /// <summary>The English edition of <see cref="InBoth"/> alone: a book in English.</summary>
    public static Book InEnglish(int chapters, int casesPerChapter) => InBoth(chapters, casesPerChapter).English!;
}
