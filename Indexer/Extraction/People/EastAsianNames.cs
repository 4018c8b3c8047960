using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Korean, Chinese and Vietnamese names put the family name first ("Kim Jong Un", "Deng Xiaoping").
/// Such a name is a known family name followed by given-name parts that read as romanised syllables.
/// </summary>
public static partial class EastAsianNames
{
    /// <summary>
    /// Family names written first. Those that are also English words or function words (An, No, Oh, Go, Son, Won, Le, Do)
    /// are left out: "An Open Door" must not read as a person.
    /// </summary>
    public static WordList FamilyNames { get; } = new(
        // Korean
        """
        Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Lim Im Han Seo Suh Shin Sin
        Kwon Hwang Ahn Jeon Jun Chun Hong Yoo Ryu Moon Mun Yang Bae Baek Paik Heo Hur Nam Noh Roh Kwak Sung Cha Joo Woo
        Chae Cheon Hyun Byun Ban Jin Chu Gil Pyo Tak Maeng Yeo Kye
        """,
        // Chinese, pinyin and older spellings
        """
        Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao
        Peng Zeng Xiao Tian Dong Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Yao Shen Zhong Cui Tan Jia Xia Fu
        Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Shi Tao Gu Mao Hao Gong Shao Wan Qian Dai Xiang Kong
        Chiang Chou Hsu Hsieh Tsai Teng Kuo Lien Soong Lai Ko Tseng Chao Chang Cheung Chan Wong Leung Lam Ng Tsang Tung
        Yeung Hui Kwok Lau Mak Tse Yip Fung Chiu Chow Kwan Hsiao Tsao Tsui Goh Teo Ong Tay Lau Loh Yeo Khoo Yap Zhai Qi
        """,
        // Vietnamese
        "Nguyen Tran Pham Hoang Huynh Phan Vo Vu Dang Bui Ngo Duong Trinh Truong");

    /// <summary>True when the words read as family name first: "Kim Jong-un", "Yoon Suk Yeol", "Lee Teng-hui".</summary>
    public static bool Matches(IReadOnlyList<string> words)
    {
        if (words.Count is < 2 or > 3 || !FamilyNames.Contains(words[0])) return false;
        var parts = 0;
        for (var i = 1; i < words.Count; i++)
            foreach (var part in NameFolding.KeyParts(words[i]))
            {
                if (!IsRomanised(part)) return false;
                parts++;
            }
        return parts is >= 1 and <= 3;
    }

    /// <summary>True for a romanised given-name part such as "jong", "un", "xiaoping"; false for "based" or "owned".</summary>
    public static bool IsRomanised(string part) => Syllables().IsMatch(part.ToLowerInvariant());

    /// <summary>One to three romanised syllables: an optional onset, a vowel group, an optional final consonant.</summary>
    [GeneratedRegex("^(?:(?:ch|sh|zh|ts|hs|hw|kk|tt|pp|ss|jj|gw|kw|kh|ph|th|[bcdfghjklmnpqrstwxyz])?[aeiouy]{1,3}(?:ng|n|m|l|k|p|t|r)?){1,3}$")]
    private static partial Regex Syllables();
}
