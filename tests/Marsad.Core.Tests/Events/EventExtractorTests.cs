using Marsad.Core.Dates;
using Marsad.Core.Actors;
using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

public class EventExtractorTests
{
    [Fact]
    public void Air_strike_with_agent_target_place_date_and_dead()
    {
        var doc = TestPipeline.Extract("قصفت الطائرات الحربية الروسية مدينة حلب أمس، ما أسفر عن مقتل 12 مدنيا.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.Explosions, e.EventType);
        Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType);
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
        Assert.Equal(8, e.Actor1.Inter);                       // a foreign force in Syria
        Assert.Equal("Aleppo", e.Location!.Place!.Name);
        Assert.Equal(new DateOnly(2018, 3, 9), e.Date.Date);
        Assert.Equal(12, e.Fatalities);
        Assert.Contains(e.FieldEvidence, f => f.Field == "trigger");
    }

    [Fact]
    public void Clash_between_two_named_sides()
    {
        var doc = TestPipeline.Extract("اندلعت اشتباكات عنيفة بين قوات النظام السوري وتنظيم داعش في مدينة دير الزور اليوم.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
        Assert.Equal("Deir ez-Zor", e.Location!.Place!.Name);
        Assert.Equal(new DateOnly(2018, 3, 10), e.Date.Date);
    }

    [Fact]
    public void Territory_change_is_decided_by_the_agent()
    {
        var gov = TestPipeline.Extract("استعادت قوات النظام السوري السيطرة على مدينة الرقة من تنظيم داعش.", "2018-03-10");
        Assert.Equal(AcledTaxonomy.GovernmentRegains, Assert.Single(gov.Events).SubEventType);
        var rebels = TestPipeline.Extract("سيطر تنظيم داعش على مدينة الرقة بعد انسحاب قوات النظام السوري.", "2018-03-10");
        Assert.Contains(rebels.Events, e => e.SubEventType == AcledTaxonomy.NonStateOvertakes && e.Actor1!.Name == "Islamic State");
    }

    [Theory]
    [InlineData("نفى الجيش السوري أن يكون قد قصف مدينة حلب.")]                       // denial
    [InlineData("لم تقصف الطائرات الروسية مدينة حلب.")]                               // negation
    [InlineData("ولا تنفذ وزارة الدفاع الأمريكية ضربات جوية في مدينة حلب.")]              // a negated verb over its object
    [InlineData("يعتزم الجيش السوري شن هجوم على مدينة الرقة الأسبوع المقبل.")]         // intention
    [InlineData("هدد تنظيم داعش بتفجير سيارات مفخخة في مدينة حلب.")]                  // threat
    [InlineData("وفي عام 2015 سيطر تنظيم داعش على مدينة الرقة.")]                     // background year
    [InlineData("واغتال مسلحون من حزب الله في الثمانينيات قيادات من الحزب الشيوعي في مدينة حلب.")]   // a decade long past
    [InlineData("وسيطر تنظيم داعش على مدينة الرقة في 2014 قبل أن يطرد منها.")]               // a bare year after في
    [InlineData("وفي ذروة سطوة التنظيم سيطر تنظيم داعش على مدينة الرقة.")]            // background cue
    [InlineData("لا يزال تنظيم داعش يسيطر على مدينة الرقة.")]                        // a state, not an event
    [InlineData("وركز الجيش السوري جهوده على استعادة مدينة الرقة من تنظيم داعش.")]     // an aim
    [InlineData("وتوعد الرئيس قائلا إن الطائرات الروسية ستقصف مدينة حلب قصفا شديدا.")]   // a vow governs the sentence
    [InlineData("وتم التوصل إلى الهدنة بعد شهر من القتال العنيف في مدينة حلب.")]          // a span of fighting
    [InlineData("واستعاد الجيش السوري السيطرة على معظم مدينة الرقة.")]                   // most of a region: a campaign
    [InlineData("قصفت الطائرات الروسية مدينة حلب طيلة الأسابيع الستة الماضية.")]           // weeks of strikes: a campaign
    [InlineData("وتسعى قوات النظام السوري لاستعادة السيطرة على مدينة الرقة.")]          // a purpose
    [InlineData("وتمتلك جماعة الحوثي صواريخ باليستية تهدد مدينة الرياض.")]              // what a side has, not what it fired
    [InlineData("وألقت مروحيات الجيش السوري منشورات على مدينة حلب مؤخرا حضت السكان على مغادرتها.")]   // leaflets dropped, nothing struck
    [InlineData("وتأتي القمة بعد أن رفضت تركيا اتفاقيات ترسيم الحدود البحرية بين مصر وقبرص واليونان.")]   // borders drawn: no conflict's agreement
    [InlineData("وتعد القوات الروسية مجموعات من المسلحين لشن هجمات باستخدام أسلحة كيماوية في مدينة حلب.")]   // in order to launch: a purpose
    [InlineData("وينطلق المسلحون من الوادي لتنفيذ تفجيرات في مدينة حلب.")]                  // in order to carry out: a purpose
    [InlineData("تتزايد المخاوف في الآونة الأخيرة، من احتمالية استخدام النظام السوري، والميليشيات المتحالفة معه، السلاح الكيماوي ضد آخر المعاقل الخاضعة لسيطرة المعارضة المسلحة في مدينة حلب.")]   // the likelihood of use
    [InlineData("وقال المركز إن التحضير لتصوير هجوم كيماوي مفبرك بدأ في مدينة حلب.")]          // an attack called fabricated
    [InlineData("واستعادت قوات النظام السوري نحو 70 في المئة من مدينة الرقة.")]         // a campaign's share
    [InlineData("وتكثف الطائرات الروسية منذ أسبوع قصفها على مدينة حلب.")]                 // a week of strikes: a campaign
    [InlineData("وأقام تنظيم داعش معامل لصناعة الألغام والعبوات الناسفة في مدينة الرقة.")]      // weapons made, not used
    [InlineData("ولم تعلق روسيا التي سبق لها أن قصفت مدينة حلب.")]                          // what it had done before
    [InlineData("ويتواصل التوتر في مدينة الرقة منذ استعادة قوات النظام السوري لها.")]        // since an event: background
    [InlineData("وغادر المسؤولون مدينة حلب خوفا من التعرض لقصف الطائرات الروسية.")]        // a fear
    [InlineData("وقتل مئات المدنيين خلال أسابيع من حملة القصف التي تشنها الطائرات الروسية على مدينة حلب.")]   // a campaign before the trigger
    [InlineData("ونادرا ما اشتبك الجيش السوري مع تنظيم داعش في مدينة الرقة.")]              // rarely: no event
    [InlineData("وشهدت مدينة حلب توقفا للقصف الذي تشنه الطائرات الروسية.")]               // a halt
    [InlineData("وعثر الجيش السوري على كميات من الأسلحة وقذائف الهاون في مدينة حلب.")]      // weapons found, not fired
    [InlineData("ودعت الأمم المتحدة قوة الأمم المتحدة لمراقبة فض الاشتباك إلى العودة إلى الجولان.")]  // a trigger inside a name
    [InlineData("وبعد ثلاثة أعوام من المعارك البرية والقصف الجوي تمكنت قوات النظام السوري من دخول مدينة حلب.")]  // years of it, both joined
    [InlineData("وبعد ثلاثة أسابيع من تكثيف هجماتها على تنظيم داعش أعلنت قوات النظام السوري النصر في مدينة الرقة.")]  // weeks of stepped-up attacks
    [InlineData("وأكد البيان حق التظاهر السلمي في مدينة حلب.")]                                    // a right, not a protest
    [InlineData("وانسحبت الولايات المتحدة من الاتفاق النووي مع إيران في مدينة حلب.")]                 // no conflict agreement
    [InlineData("وقررت الولايات المتحدة شن ضربات جوية على مدينة حلب.")]                             // a decision to strike
    [InlineData("وتتهم الرياض طهران بتزويد الحوثيين بالصواريخ البالستية في مدينة حلب.")]             // weapons supplied, not fired
    [InlineData("وقال إن أي استخدام للأسلحة الكيماوية في مدينة حلب سيؤدي إلى رد قوي.")]              // any such act: a hypothesis
    [InlineData("واعتقلت الشرطة السورية ثلاثة من أفراد عصابة سرقة في مدينة حلب أمس.")]               // crime, not political
    [InlineData("وباتت قوات النظام السوري على وشك استعادة مدينة الرقة.")]                              // about to, not done
    [InlineData("وتستعد الشرطة السورية للمظاهرات المرتقبة في مدينة حلب.")]                            // awaited, not happened
    [InlineData("وسيطرت قوات النظام السوري على الحريق في مدينة حلب أمس.")]
    [InlineData("وأصدرت السلطات السورية مذكرة توقيف بحق قائد في تنظيم داعش في مدينة حلب.")]             // a warrant, not an arrest
    [InlineData("وأعلنت قوات الأمن السورية التحفظ على ثلاث عبوات ناسفة في مدينة حلب.")]                 // explosives held, not set off
    [InlineData("وقتل المئات من عناصر تنظيم داعش منذ انطلاق المعارك في مدينة الرقة.")]               // a tally since it began
    [InlineData("وأسفرت القذائف التي أطلقها تنظيم داعش على مدينة حلب عن مقتل 112 مدنيا منذ الانقلاب على الحكومة.")]   // the start told after the figure
    [InlineData("ويطلق تنظيم داعش القذائف على مدينة حلب منذ بدء الهجوم عليه في 19 فبراير.")]          // the day after منذ is when it began
    [InlineData("للمزيد: قصفت الطائرات الروسية مدينة حلب أمس.")]                                         // the headline of a linked story
    [InlineData("وهذه ليست المرة الأولى، التي يقتحم فيها المتظاهرون الغاضبون مقر القنصلية في مدينة حلب.")]   // not the first time: a habit
    [InlineData("ولطالما قصفت الطائرات الروسية مدينة حلب.")]                                               // long done: a habit
    [InlineData("وقد تشارك بريطانيا في الضربات العسكرية على مدينة حلب.")]                                 // what may happen
    [InlineData("وقد تستهدف الطائرات الروسية مواقع جبهة النصرة في مدينة حلب.")]
    [InlineData("وأمرت تركيا القوات بالتحرك نحو خطوط القتال في مدينة إدلب.")]                            // battlefronts
    [InlineData("واجتمع مجلس الأمن بطلب من الولايات المتحدة لمناقشة إطلاق الصواريخ من مدينة حلب باتجاه إسرائيل.")]   // discussed
    [InlineData("وفرضت واشنطن عقوبات على إيرانيين لتمكينهم الحوثيين من إطلاق صواريخ على السعودية من مدينة حلب.")]   // enabled
    [InlineData("وطالبت الجامعة بمحاكمة المسؤولين الإسرائيليين عن قتل المتظاهرين في مدينة حلب.")]        // what someone is tried for
    [InlineData("وكثير من هؤلاء مدان بشن هجمات على الجيش السوري في مدينة حلب.")]                         // what someone is convicted of
    [InlineData("وقال إن القوات الأمريكية اتصلت بالجيش الروسي عبر خط فض الاشتباك قرب مدينة حلب.")]           // a disengagement line
    [InlineData("وأصرت موسكو على أن خبراءها العسكريين لم يعثروا على أي دليل على وقوع هجوم كيميائي في مدينة حلب.")]   // any evidence of an attack
    [InlineData("وتعهد الجيش السوري بشن هجوم على مدينة حلب.")]                                               // a vow
    [InlineData("وقتل عشرة آلاف شخص على الأقل في القتال بين تنظيم داعش والجيش السوري في مدينة حلب.")]     // a war's toll
    [InlineData("وتقدمت سوريا بمذكرة احتجاج لدى الأمم المتحدة في مدينة حلب أمس.")]                       // a state's protest note
    [InlineData("احتجاج سوري في مدينة حلب على التجاوزات التركية")]                                         // a state's protest, in the singular
    [InlineData("وبعث وزير الخارجية السوري بخطاب احتجاج إلى نظيره التركي في مدينة حلب أمس.")]             // a letter of protest
    [InlineData("وفر المدنيون من مدينة حلب بعد القصف الذي استمر لأسابيع.")]                          // weeks of it                       // a fire brought under control
    [InlineData("واستولت قوات النظام السوري أيضا على كميات من الأسلحة في مدينة الرقة.")]              // weapons taken, not ground
    [InlineData("ويدعو مسؤولو الأمم المتحدة قوات التحالف لوقف الهجمات الجوية على مدينة حلب.")]           // a call to stop
    [InlineData("وقال إن الجيش السوري سيقاتل إلى حين استعادة مدينة الرقة من تنظيم داعش.")]              // an aim
    [InlineData("وقال إن الرئيس طلب من الجيش السوري الإذن لقصف مدينة حلب.")]                           // leave asked
    [InlineData("وقد قتل 40 مدنيا برصاص القوات السورية في مدينة حلب منذ أن بدأت الاحتجاجات.")]         // a tally since it began
    [InlineData("وتتواصل الاحتجاجات الأسبوعية في مدينة حلب.")]                                        // a weekly series
    [InlineData("وهناك ارتفاع في عدد الغارات الجوية على مدينة حلب من قبل القوات الروسية.")]           // their number
    [InlineData("وقتلت الشابة البريطانية في مدينة حلب أثناء مشاركتها في القتال في صفوف وحدات حماية الشعب.")] // whose side
    [InlineData("كما انضم حزب الله اللبناني إلى القتال إلى جانب الجيش السوري في مدينة حلب.")]                 // alongside whom
    [InlineData("وتقود روسيا القوات السورية في معاركها في مدينة حلب.")]                                  // a side's battles
    [InlineData("وعثرت قوات الأمن بحوزة المسلحين القتلى على 4 بنادق آلية وبندقيتي خرطوش و3 عبوات ناسفة في مدينة حلب.")] // a list of what was found
    [InlineData("ولم تتلق الحكومة أي مطالب بدفع فدية من الخاطفين في مدينة حلب.")]                 // the kidnappers of an abduction told elsewhere
    [InlineData("وسيشكل استعادة مدينة حلب من قبل الجيش السوري تطورا نوعيا.")]                          // the subject of a future verb
    [InlineData("وعقد مجلس الأمن اجتماعا في مسعى لمنع الجيش السوري من شن هجوم على مدينة حلب.")]        // kept from launching
    [InlineData("وبحث المجلس السبل الكفيلة بثني الجيش السوري عن شن هجوم شامل على مدينة حلب.")]         // talked out of it
    [InlineData("بعد ورود معلومات تفيد باعتزام قوات روسية مهاجمة مدينة حلب.")]                          // an intention
    [InlineData("وقالت الوزارة إن جنديين روسيين قتلا عندما تعرضت وحدة المدفعية التي يعملون بها لإطلاق نار في مدينة حلب.")]  // an artillery unit
    [InlineData("وقال المتحدث إن الزيارة محطة تاريخية في مسيرة العلاقات الثنائية بين مصر والسعودية في مدينة حلب.")]  // the course of relations
    [InlineData("وقالت الأمم المتحدة إن التعذيب ممنهج في منشآت الاعتقال في مدينة حلب.")]                 // a place of detention
    [InlineData("ويقترح المشروع تمديد فترة توقيف المشتبه بهم في مدينة حلب.")]                            // its time
    [InlineData("ونزحت آلاف العائلات من قرى يقصفها الجيش السوري باستمرار قرب مدينة حلب.")]            // a habit
    [InlineData("ونفذت السلطات حملة لمصادرة الأسلحة في سوق مريدي قرب سوق الخضار في مدينة حلب حيث وقع التفجير.")]  // the act told before
    [InlineData("وقالت الوزارة إن الجيش السوري سيعلق الضربات الجوية على مدينة حلب خلال هدنة يومية.")]   // its object
    [InlineData("ونصب المتمردون مدافع ونشروا قناصين عند أبواب مدينة حلب.")]                          // guns set up
    [InlineData("كما نشرت الميليشيات قناصة ومدافع فوق أسطح المباني في مدينة حلب.")]                 // guns deployed
    [InlineData("كما نصبت مليشيات الحوثي الإرهابية مدافع الهاون في بعض الأماكن العامة في مدينة حلب.")]  // mortars emplaced
    [InlineData("وقضت محكمة سورية بإعدام عنصر في داعش إثر إدانته بالهجوم على الجيش السوري في مدينة حلب.")]  // a death sentence
    [InlineData("قضت محكمة سورية في مدينة حلب بإعدام 75 شخصا في القضية المعروفة إعلاميا بـ\"فض اعتصام حلب\".")]  // a court case's name
    [InlineData("وتشارك فرنسا في القتال ضد تنظيم داعش في مدينة الرقة.")]                             // who takes part
    [InlineData("والحشد الشعبي الذي يشارك عناصره في المعارك ضد تنظيم داعش في مدينة الرقة.")]
    public void Non_events_produce_nothing(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Empty(doc.Events);
    }

    [Theory]
    [InlineData("وقال الجيش إن المحتجين كانوا يرشقون القوات والسياج بالحجارة والعبوات الناسفة والقنابل الحارقة قرب مدينة حلب.")]
    [InlineData("وأعلن الجيش أن آلاف المتظاهرين ألقوا قنابل وعبوات ناسفة وحجارة على جنوده قرب مدينة حلب.")]
    public void Bombs_thrown_with_stones_are_the_crowd_s_not_a_blast(string text) =>
        Assert.DoesNotContain(TestPipeline.Extract(text, "2018-03-10").Events, e => e.EventType == "Explosions/Remote violence");

    [Fact]
    public void A_strike_verb_in_a_relative_clause_has_its_subject_as_agent_and_hits_the_noun_it_hangs_on()
    {
        // the actor after "التي تستهدفها" strikes; the people before the areas are not what is hit
        var doc = TestPipeline.Extract("وغادر 20 ألف شخص المناطق التي تستهدفها القوات الحكومية السورية في ريف حلب.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.Explosions, e.EventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Null(e.Actor2);
        var turkey = TestPipeline.Extract("وقصفت الطائرات التركية مواقع قوات سوريا الديمقراطية التي يقصفها الجيش التركي منذ أيام في مدينة حلب.", "2018-03-10");
        Assert.DoesNotContain(turkey.Events, x => x.Actor1?.Name.StartsWith("Syrian Democratic Forces") == true);
    }

    [Fact]
    public void The_pronoun_on_a_verb_after_a_relative_points_to_the_target()
    {
        var doc = TestPipeline.Extract("وأعدم تنظيم داعش أمس المدنيين الذين خطفهم تنظيم داعش أمس في مدينة الرقة.", "2018-03-10");
        var e = Assert.Single(doc.Events, x => x.SubEventType == "Abduction/forced disappearance");
        Assert.Equal("Islamic State", e.Actor1!.Name);
        Assert.Equal("Civilians (Syria)", e.Actor2!.Name);
        // "الذين يهاجموننا": who attack us — the relative noun is the subject, not the one attacked
        var us = TestPipeline.Extract("وقال الجيش السوري إنه سيضرب المسلحين الذين يهاجموننا في مدينة حلب.", "2018-03-10");
        Assert.DoesNotContain(us.Events, x => x.Actor2?.Name == "Unidentified Armed Group (Syria)" && x.EventType == AcledTaxonomy.Battles);
    }

    [Theory]
    [InlineData("وطالبت المنظمة بالإفراج عن الصحفي الذي اعتقلته الشرطة السورية في مدينة حلب الشهر الماضي.", 0)]   // introduces a person
    [InlineData("وقال المسؤول إن الصحفي الذي اعتقلته الشرطة السورية في مدينة حلب أمس نقل إلى دمشق.", 1)]             // dated to a day: the news
    public void An_arrest_in_a_relative_clause_is_news_only_when_dated(string text, int arrests)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Equal(arrests, doc.Events.Count(e => e.SubEventType == "Arrests"));
    }

    [Theory]
    [InlineData("وقوات النظام السوري تصدت لهجوم شنه تنظيم داعش على مدينة الرقة أمس.")]   // the attacker named after the phrase
    [InlineData("الجيش العراقي يصد هجوما لداعش قرب مدينة الرقة أمس.")]                  // the attacker's genitive
    public void Who_repels_an_attack_is_actor_2(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of", e.Actor2!.Name);
    }

    [Fact]
    public void A_repelled_attack_with_no_attacker_named_takes_the_defenders_usual_opponent()
    {
        var doc = TestPipeline.Extract("اشتبكت قوات النظام السوري مع تنظيم داعش في مدينة حلب أمس.\nوتمكنت قوات النظام السوري من صد هجوم على مدينة الرقة أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events, x => x.Location?.Surface == "الرقة");
        Assert.Equal("Islamic State", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void Civilians_are_no_side_of_a_battle()
    {
        var doc = TestPipeline.Extract("اشتبكت قوات النظام السوري مع تنظيم داعش في مدينة حلب أمس.\nوفر آلاف المدنيين من مدينة الرقة بعد اشتباكات عنيفة بين قوات النظام السوري والمدنيين أمس.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.EventType == AcledTaxonomy.Battles && (e.Actor1?.Inter == 7 || e.Actor2?.Inter == 7));
    }

    [Fact]
    public void A_hit_target_with_no_attacker_in_the_article_is_struck_by_unidentified_forces()
    {
        var doc = TestPipeline.Extract("وقصف مجهول مواقع تنظيم داعش في مدينة الرقة أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Islamic State", e.Actor2!.Name);
        Assert.StartsWith("Unidentified", e.Actor1!.Name);
    }

    [Fact]
    public void A_government_strikes_through_its_military_and_the_UN_through_no_one()
    {
        var doc = TestPipeline.Extract("وقصفت الحكومة السورية مدينة حلب أمس.", "2018-03-10");
        Assert.StartsWith("Military Forces of Syria", Assert.Single(doc.Events).Actor1!.Name);
        var un = TestPipeline.Extract("وحصلت الأمم المتحدة على تقارير تفيد بأن القتال العنيف في مدينة حلب دفع آلاف المدنيين إلى الفرار.", "2018-03-10");
        Assert.DoesNotContain(un.Events, e => e.Actor1?.Name == "United Nations");
    }

    [Fact]
    public void A_protests_actor_1_is_its_protesters()
    {
        var doc = TestPipeline.Extract("وتظاهر العشرات من الأهالي في مدينة حلب أمس.", "2018-03-10");
        Assert.Equal("Protesters (Syria)", Assert.Single(doc.Events).Actor1!.Name);
    }

    [Theory]
    [InlineData("وأحرق محتجون مقر حزب الدعوة في مدينة البصرة أمس.")]                                   // a crowd of protesters burning
    [InlineData("وكانت القوات الأمنية تصدت لمتظاهرين حاولوا اقتحام مبنى المحافظة في مدينة البصرة أمس.")]   // the crowd confronted, its storming told
    public void Protesters_who_burn_or_storm_riot(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-07-17").Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
    }

    [Fact]
    public void A_protest_faces_no_civilians()
    {
        // the people named beside a protest are no second side: it faces a state's force or no one
        var e = Assert.Single(TestPipeline.Extract("وخرج مئات المتظاهرين في مدينة البصرة أمس تضامنا مع المدنيين.", "2018-03-30").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Null(e.Actor2);
    }

    [Fact]
    public void What_a_strike_answers_is_no_new_event()
    {
        var doc = TestPipeline.Extract("وشنت الطائرات الروسية غارات جوية على مدينة حلب أمس ردا على الهجوم الكيماوي.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType);
    }

    [Fact]
    public void A_dateline_is_no_scene_and_a_condemner_no_party()
    {
        var doc = TestPipeline.Extract("حلب، سوريا (CNN)-- قصفت الطائرات الروسية مدينة الرقة أمس.", "2018-03-10");
        Assert.Equal("الرقة", Assert.Single(doc.Events).Location!.Surface);
        var condemned = TestPipeline.Extract("وأدان الجيش العراقي قصف الطائرات الروسية مدينة الرقة أمس.", "2018-03-10");
        Assert.DoesNotContain(condemned.Events, e => e.Actor1?.Name.StartsWith("Military Forces of Iraq") == true);
    }

    [Fact]
    public void A_dateline_with_an_agency_in_latin_needs_no_dash()
    {
        var doc = TestPipeline.Extract("حلب، سوريا (CNN) بعد تحذير أطلقته منظمة دولية، قصفت الطائرات الروسية مواقع المعارضة أمس.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Surface == "حلب");
    }

    [Fact]
    public void Who_holds_the_place_struck_is_hit_not_the_attacker()
    {
        var doc = TestPipeline.Extract("وقتل عشرون شخصا في مدينة الرقة الخاضعة لسيطرة تنظيم داعش في غارة جوية أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.NotEqual("Islamic State", e.Actor1?.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }

    [Fact]
    public void A_name_starting_inside_a_trigger_phrase_is_its_actor()
    {
        var doc = TestPipeline.Extract("وبعد معارك مع تنظيم داعش دخلت قوات النظام السوري مدينة الرقة أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events, x => x.SubEventType == AcledTaxonomy.GovernmentRegains);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }

    [Fact]
    public void A_strike_on_villages_or_homes_gets_no_filled_in_opponent()
    {
        var doc = TestPipeline.Extract("اشتبكت قوات النظام السوري مع تنظيم داعش في مدينة حلب أمس.\nوشن تنظيم داعش قصفا مدفعيا باتجاه قرى الجريبة في مدينة الرقة أمس.", "2018-03-10");
        Assert.All(doc.Events.Where(e => e.EventType == AcledTaxonomy.Explosions), e => Assert.Null(e.Actor2));
        var held = TestPipeline.Extract("اشتبكت قوات النظام السوري مع جيش الإسلام في مدينة حلب أمس.\nوقصفت الطائرات الروسية أحياء جيش الإسلام في مدينة حلب أمس.", "2018-03-10");
        Assert.Contains(held.Events, e => e.SubEventType == AcledTaxonomy.AirStrike && e.Actor2?.Name == "Jaysh al-Islam");
    }

    // The acts the non-events above are told beside, each still an event.
    [Theory]
    [InlineData("وقصفت قوات النظام السوري مدينة حلب.")]
    [InlineData("وقصفت الطائرات الروسية مدينة حلب.")]
    [InlineData("وقد قصفت الطائرات الروسية مدينة حلب.")]                                       // قد with a perfect verb: what did happen
    [InlineData("واعتقلت الشرطة السورية رجلا في مدينة حلب بتهمة التخطيط لهجمات.")]          // the arrest itself, not the charge
    [InlineData("وخلال عطلة نهاية الأسبوع، قصف الجيش السوري مدينة حلب.")]                    // a weekend is no campaign
    public void Acts_beside_the_non_events_are_events(string text) =>
        Assert.NotEmpty(TestPipeline.Extract(text, "2018-03-10").Events);

    [Theory]
    [InlineData("ولم تتوقف الغارات الروسية على مدينة حلب أمس.")]                      // a negated stop goes on
    [InlineData("ولا تزال الاشتباكات مستمرة بين قوات النظام السوري وتنظيم داعش في مدينة حلب.")]
    [InlineData("وقال إن الجيش لم يكن مستعدا وقصفت الطائرات الروسية مدينة حلب أمس.")]   // و opens a clause the negation does not reach
    public void Negation_that_does_not_reach_the_event(string text) =>
        Assert.NotEmpty(TestPipeline.Extract(text, "2018-03-10").Events);

    [Theory]
    [InlineData("وقتل 25 مدنيا في قصف الطائرات الروسية على مدينة حلب أمس، في حصيلة هي الأكثر دموية منذ بدء الهجوم.")]   // dated
    [InlineData("وقتل 25 مدنيا في قصف الطائرات الروسية على مدينة حلب، في حصيلة هي الأكثر دموية منذ بدء الهجوم.")]       // a record
    public void A_record_since_a_campaign_began_is_one_act(string text) =>
        Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events);

    [Theory]
    [InlineData("وقتل 14 مقاتلا جراء الهجوم بالصواريخ على مطار التيفور أمس.", "Military Forces of Syria")]     // a base of the host's army
    [InlineData("استهدف هجوم صاروخي قاعدة حميميم أمس.", "Military Forces of Russia")]                         // a base another state holds
    [InlineData("استهدف هجوم صاروخي مطار النيرب العسكري قرب حلب أمس.", "Military Forces of Syria")]          // a military site of the country it is in
    public void A_strike_on_a_military_base_hits_the_army_that_holds_it(string text, string actor2)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-04-10").Events);
        Assert.StartsWith(actor2, e.Actor2!.Name);
        Assert.NotNull(e.Actor1);   // an attacker is filled in (unidentified when the article names none)
    }

    [Theory]
    [InlineData("وتظاهر المئات في مدينة حلب أمس.", "Peaceful protest", "Protesters (Syria)")]
    [InlineData("واندلعت أعمال شغب في مدينة حلب أمس.", "Violent demonstration", "Rioters (Syria)")]
    public void A_crowd_no_word_names_is_the_places_protesters(string text, string subType, string actor1)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events);
        Assert.Equal(subType, e.SubEventType);
        Assert.Equal(actor1, e.Actor1!.Name);
    }

    [Theory]
    [InlineData("وقالت الحكومة إن احتجاجات حلب ليست مظاهرات سلمية.", false)]                  // protests named, none told happening
    [InlineData("وأفرجت السلطات عن معتقلين على خلفية الاحتجاجات الأخيرة في مدينة حلب.", false)]
    [InlineData("وخرجت تظاهرات في مدينة حلب أمس.", true)]                                     // told happening
    [InlineData("وشارك المئات في احتجاجات في مدينة حلب أمس.", true)]                            // the crowd in them
    [InlineData("وقتل متظاهر في احتجاجات في مدينة حلب أمس.", true)]                              // someone killed in them
    public void A_protest_noun_counts_when_the_sentence_tells_it_happening(string sentence, bool protest)
    {
        // (after a first sentence: a headline tells of protests with no verb)
        var doc = TestPipeline.Extract("تقرير عن سوريا.\n" + sentence, "2018-03-10");
        Assert.Equal(protest, doc.Events.Any(e => e.EventType == AcledTaxonomy.Protests));
    }

    [Fact]
    public void A_headline_tells_of_protests_without_a_verb() =>
        Assert.Contains(TestPipeline.Extract("احتجاجات في مدينة حلب\nوقال مسؤول إن الوضع هادئ.", "2018-03-10").Events, e => e.EventType == AcledTaxonomy.Protests);

    [Fact]
    public void The_fighting_before_ground_was_taken_is_part_of_the_taking()
    {
        // (the fighting is placed elsewhere, Homs, yet "بعد معارك" tells it won Palmyra)
        var doc = TestPipeline.Extract("وسيطر الجيش السوري على مدينة تدمر بعد معارك عنيفة مع تنظيم داعش في مدينة حمص.", "2018-05-18");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
    }

    [Theory]
    [InlineData("وأفرجت الشرطة السورية عن المعتقل بعد احتجازه في مدينة حلب.", false)]        // his detention: one told of before
    [InlineData("وعذبته الشرطة السورية في مركز احتجاز في مدينة حلب.", false)]                 // a detention centre
    [InlineData("وتواجه الشرطة السورية الاحتجاجات بالقمع والاعتقال في مدينة حلب.", false)]     // the practice
    [InlineData("وتم احتجازه من قبل الشرطة السورية في مدينة حلب أمس.", true)]                 // the passive of an arrest
    [InlineData("واعتقلت الشرطة السورية 5 أشخاص في مدينة حلب أمس.", true)]
    public void Detention_named_as_a_place_practice_or_past_is_no_arrest(string sentence, bool arrest) =>
        Assert.Equal(arrest, TestPipeline.Extract(sentence, "2018-03-10").Events.Any(e => e.SubEventType == "Arrests"));

    [Fact]
    public void The_people_a_chemical_attack_killed_are_whom_it_hit()
    {
        // "وأسفر هجوم كيماوي عن مقتل نحو 100 شخص في دوما": the dead are its victims, not its agent
        var e = Assert.Single(TestPipeline.Extract("وأسفر هجوم كيماوي عن مقتل نحو 100 شخص في مدينة حلب السبت.", "2018-04-08").Events);
        Assert.Equal("Chemical weapon", e.SubEventType);
        Assert.Equal("Civilians (Syria)", e.Actor2?.Name);
        Assert.Equal(100, e.Fatalities);
    }

    [Fact]
    public void A_figure_that_counts_attacks_is_no_toll()
    {
        var e = Assert.Single(TestPipeline.Extract("وأسفرت 3 هجمات بغاز الكلور عن مقتل نحو 100 شخص في مدينة حلب السبت.", "2018-04-08").Events);
        Assert.Equal(100, e.Fatalities);
    }

    [Theory]
    [InlineData("وشنت طائرات التحالف غارات جوية استهدفت 150 موقعا في مدينة صعدة أمس.")]
    [InlineData("ودمرت القوات الحكومية 12 آلية للمسلحين في مدينة صعدة أمس.")]
    public void A_figure_that_counts_sites_or_vehicles_is_no_toll(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-04-08").Events);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void A_bombing_someone_died_by_is_an_attack_though_no_side_is_named()
    {
        var e = Assert.Single(TestPipeline.Extract("قتل العميد محمد الأحمر وعدد من مرافقيه بتفجير غامض استهدف موكبه في مدينة مأرب.", "2018-07-18").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Yemen)", e.Actor1?.Name);
    }

    [Fact]
    public void What_a_bomb_targeted_is_no_strike_of_its_own()
    {
        var doc = TestPipeline.Extract("قتل طفل إثر انفجار قنبلة زرعها إرهابيون كانت تستهدف دوريات لأجهزة الأمن في مدينة البويرة.", "2018-08-19");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType is "Shelling/artillery/missile attack" or "Air/drone strike");
        Assert.Contains(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }

    [Fact]
    public void A_figure_right_before_the_preposition_of_a_death_is_none_of_its_count()
    {
        var e = Assert.Single(TestPipeline.Extract("وأفاد مراسل فرانس24 بمقتل جندي بتفجير استهدف دورية في مدينة مأرب.", "2018-07-18").Events);
        Assert.NotEqual(24, e.Fatalities);
    }

    [Fact]
    public void Aircraft_of_two_nations_a_strike_came_from_strike_once_each()
    {
        var doc = TestPipeline.Extract("تعرضت مدينة درعا لقصف عنيف من قبل الطائرات الحربية السورية والروسية.", "2018-07-06");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name.StartsWith("Military Forces of Syria") == true);
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name.StartsWith("Military Forces of Russia") == true);
    }

    [Fact]
    public void A_place_undergoes_a_strike_past_the_quotation_marks_round_its_name()
    {
        var doc = TestPipeline.Extract("تعرضت منطقة \"نصيب\" على الحدود الأردنية السورية لقصف عنيف من قبل الطائرات الحربية السورية. وكانت مدينة درعا هادئة.", "2018-07-06");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.CountryCode == "SY");
    }

    [Fact]
    public void A_town_that_witnessed_a_strike_was_struck()
    {
        var e = Assert.Single(TestPipeline.Extract("شهدت مدينة درعا ومحيطها قصفا مدفعيا عنيفا منذ ساعات الصباح الباكر.", "2018-07-06").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
    }

    [Fact]
    public void A_toll_a_chemical_attack_shares_with_the_strike_that_carried_it_is_the_gas_s()
    {
        var doc = TestPipeline.Extract("شهدت مدينة دوما قصفا عنيفا السبت، يعتقد أنه بغاز الكلور، أدى إلى مقتل نحو 100 شخص.", "2018-04-08");
        var gas = Assert.Single(doc.Events, e => e.SubEventType == "Chemical weapon");
        Assert.Equal(100, gas.Fatalities);
        Assert.DoesNotContain(doc.Events, e => e != gas && e.Fatalities > 0);
    }

    [Theory]
    [InlineData("قتلت القوات الحكومية السورية 5 مسلحين من داعش في مدينة دير الزور.", "Military Forces of Syria")]
    [InlineData("قال الجيش السوري إنه قتل ستة مسلحين في مدينة حماة.", "Military Forces of Syria")]
    [InlineData("قال مكتب الحاكم إن الجيش التركي قتل 11 مسلحا كرديا في إقليم هاتاي.", "Military Forces of Turkey")]
    public void Armed_men_a_force_killed_fell_in_a_clash_with_it(string text, string killer)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-09-07").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith(killer, e.Actor1?.Name);
    }

    [Theory]
    [InlineData("كما قتل 79 عنصراً من قوات النظام والمسلحين الموالين لها مقابل 68 من مقاتلي التنظيم في مدينة حلب.")]
    [InlineData("وقد قتل جندي إسرائيلي بعد إطلاق قناص فلسطيني النار عليه في مدينة حلب.")]
    public void A_passive_killing_names_no_killer(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-04-28");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash" && e.Rule != null && e.Rule.Contains("قتل"));
    }

    [Fact]
    public void Confrontations_an_independent_inquiry_is_asked_into_are_no_report_of_them()
    {
        var doc = TestPipeline.Extract("طلبت الكويت الجمعة أن يتبنى مجلس الأمن بيانا يدعو إلى إجراء تحقيق مستقل في المواجهات في مدينة حلب، لكن الولايات المتحدة منعت هذه الخطوة.", "2018-04-07");
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void What_a_storm_struck_is_no_strike()
    {
        var doc = TestPipeline.Extract("نشر السفير مقطعا يظهر جهود فرق المهندسين في تحالف دعم الشرعية بمدينة حلب التي ضربها الإعصار مكونو.", "2018-05-25");
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void The_later_ends_of_a_road_listed_run_on_are_no_scenes()
    {
        var doc = TestPipeline.Extract("واستعادت القوات الحكومية السورية السيطرة الكاملة على مدينة دير الزور، وقطع خط إمداد التنظيم عبر الطريق الرابط بين دير الزور الرقة وحماة.", "2018-07-11");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Deir ez-Zor");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name is "Ar Raqqah" or "Hama");
    }

    [Fact]
    public void A_spot_between_two_towns_is_one_scene()
    {
        var doc = TestPipeline.Extract("وقصفت القوات الحكومية السورية مواقع لتنظيم داعش في محيط جبل شمالي المنطقة بين دير الزور والرقة.", "2018-03-23");
        Assert.Single(doc.Events);
    }

    [Fact]
    public void One_chemical_attack_on_a_place_is_one_event_however_often_retold()
    {
        // (Saturday and Tuesday: too far apart for reports of one event, near enough for one attack retold)
        var doc = TestPipeline.Extract("تعرضت مدينة حلب لهجوم كيماوي السبت.\nوأدانت فرنسا الثلاثاء الهجوم الكيماوي على مدينة حلب.", "2018-04-10");
        var e = Assert.Single(doc.Events, x => x.SubEventType == "Chemical weapon");
        Assert.Equal(new DateOnly(2018, 4, 7), e.Date.Date);   // the attack's day, not the days it was spoken of
    }

    [Theory]
    [InlineData("ويتحدر معظم المخطوفين من عائلتين في مدينة حلب.", false)]        // the abducted named, no abduction told
    [InlineData("واختطف تنظيم داعش 30 مدنيا من مدينة حلب أمس.", true)]
    public void The_abducted_named_are_no_abduction_told(string sentence, bool abduction) =>
        Assert.Equal(abduction, TestPipeline.Extract(sentence, "2018-03-10").Events.Any(e => e.SubEventType == "Abduction/forced disappearance"));

    [Fact]
    public void The_fire_right_after_a_killing_is_how_it_was_done() =>
        // (the places before and after the fire would otherwise make two attacks of one killing)
        Assert.Single(TestPipeline.Extract("وفي مدينة حلب، قتل مدني برصاص تنظيم داعش الذي استهدف حافلة ركاب قرب مدينة إدلب.", "2018-03-10").Events,
            e => e.SubEventType == "Attack");

    [Theory]
    [InlineData("وقامت مجموعة من العملاء بالتظاهر بأنهم شركة سويسرية في مدينة حلب أمس.")]           // pretending
    [InlineData("وتكتظ مدينة حلب بالآلاف من الأسر النازحة، بعدما احتل تنظيم داعش منازلهم.")]       // families
    [InlineData("وغادر مئات المسلحين وأسرهم مدينة حلب أمس، بحسب تنظيم داعش.")]                       // their families
    public void Trigger_words_in_another_sense_make_no_event(string sentence) =>
        Assert.DoesNotContain(TestPipeline.Extract(sentence, "2018-03-10").Events,
            e => e.EventType == AcledTaxonomy.Protests || e.SubEventType == "Abduction/forced disappearance");

    [Fact]
    public void A_militia_on_the_governments_side_regains_territory_for_it()
    {
        // (the Giants Brigades fight on the Yemeni government's side: sides.tsv)
        var e = Assert.Single(TestPipeline.Extract("وسيطرت ألوية العمالقة على مدينة تعز بعد طرد ميليشيات الحوثي منها أمس.", "2018-06-10").Events);
        Assert.Equal("Giants Brigades", e.Actor1!.Name);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
    }

    [Fact]
    public void A_strikes_owner_after_it_is_its_agent_and_the_one_killed_before_it_its_target()
    {
        // (a passive killing: the Houthi commander is its subject and the air strike's target)
        var e = Assert.Single(TestPipeline.Extract("قتل القيادي الحوثي هشام الخالد بغارة جوية لمقاتلات التحالف في مدينة الحديدة أمس.", "2018-10-08").Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1!.Name);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
    }

    [Fact]
    public void Demonstrators_a_state_force_shot_dead_met_excessive_force()
    {
        var e = Assert.Single(TestPipeline.Extract("وقتل الجمعة 4 متظاهرين برصاص الشرطة السورية، التي قمعت احتجاجات خرجت في مدينة حلب.", "2018-03-10").Events);
        Assert.Equal("Excessive force against protesters", e.SubEventType);
        Assert.Equal(4, e.Fatalities);
        Assert.StartsWith("Police Forces of Syria", e.Actor2!.Name);
    }

    [Theory]
    [InlineData("نجح الجيش اليمني في تحرير مدينة الحديدة.")]
    [InlineData("وتمكن الجيش اليمني من تحرير مدينة الحديدة.")]
    public void Liberation_a_verb_of_achievement_tells_is_ground_taken(string text)
    {
        // "تحرير" alone may be an aim ("معركة تحرير الحديدة"); managed or succeeded, it is done
        var e = Assert.Single(TestPipeline.Extract(text, "2018-05-11").Events);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
        Assert.StartsWith("Military Forces of Yemen", e.Actor1!.Name);
    }

    [Theory]
    [InlineData("طردت القوات اليمنية الحوثيين من مدينة الحديدة.")]
    [InlineData("نجح الجيش اليمني في طرد الحوثيين من مدينة الحديدة.")]
    [InlineData("طردت قوات الجيش اليمني اليوم مسلحي جماعة الحوثي من مدينة الحديدة.")]   // the driven after a subject of three words and a day
    public void The_side_driven_out_of_a_place_lost_it(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-05-11").Events);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
        Assert.StartsWith("Military Forces of Yemen", e.Actor1!.Name);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
    }

    [Fact]
    public void A_so_called_group_after_a_target_word_is_the_side_hit()
    {
        // "مواقع لتنظيم ما يعرف بالدولة الإسلامية": "so-called" does not cut the positions off the group they belong to
        var e = Assert.Single(TestPipeline.Extract("شنت القوات الجوية العراقية ضربات جوية ضد مواقع لتنظيم ما يعرف بالدولة الإسلامية في مدينة الرقة.", "2018-04-19").Events);
        Assert.StartsWith("Military Forces of Iraq", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
    }

    [Fact]
    public void A_zionist_strike_is_an_israeli_one()
    {
        // the Palestinian factions' word for Israel's forces names the strike's agent as "إسرائيلي" does
        var e = Assert.Single(TestPipeline.Extract("وقتل ثلاثة عناصر من حزب الله في قصف صهيوني على نقطة رصد قرب مدينة حلب الجمعة.", "2018-07-20").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1!.Name);
    }

    [Theory]
    [InlineData("قالت مصادر محلية إن الميليشيات الإيرانية شنت قصفا على المنازل في مدينة الحديدة.", "Houthi Movement")]
    [InlineData("وقصفت الميليشيات الإيرانية مواقع للمعارضة في مدينة حلب.", "Iranian-backed Militias")]
    public void Iran_s_militias_in_yemen_are_the_houthis(string text, string agent)
    {
        // the Gulf press's name for the Houthis; in Syria the same words name Iran's own militias
        var e = Assert.Single(TestPipeline.Extract(text, "2018-10-17").Events);
        Assert.Equal(agent, e.Actor1!.Name);
    }

    [Fact]
    public void What_recurs_now_and_then_is_no_one_event_but_another_clause_s_habit_does_not_touch_it()
    {
        Assert.Single(TestPipeline.Extract("وقصفت الطائرات الأمريكية مواقع تنظيم القاعدة في مدينة الحديدة أمس.", "2018-06-16").Events);
        Assert.Empty(TestPipeline.Extract("وتقصف الطائرات الأمريكية بين الحين والآخر مواقع تنظيم القاعدة في مدينة الحديدة.", "2018-06-16").Events);
        // ("أعلنوا في أكثر من مناسبة إضرابا شاملا": what was done on more than one occasion is a record)
        Assert.Empty(TestPipeline.Extract("وقصفت الطائرات الأمريكية في أكثر من مناسبة مواقع تنظيم القاعدة في مدينة الحديدة.", "2018-06-16").Events);
        var e = Assert.Single(TestPipeline.Extract("واعتقلت الشرطة السورية خمسة مسلحين في مدينة حلب الأحد، بينما تشهد المدينة من حين لآخر هجمات.", "2018-06-16").Events);
        Assert.Equal("Arrests", e.SubEventType);
    }

    [Fact]
    public void What_a_deal_stipulates_has_not_happened()
    {
        Assert.Single(TestPipeline.Extract("وانسحبت وحدات حماية الشعب الكردية من مدينة حلب بموجب اتفاق مع الجيش التركي.", "2018-10-11").Events);
        Assert.Empty(TestPipeline.Extract("وينص الاتفاق على انسحاب وحدات حماية الشعب الكردية من مدينة حلب بموجب اتفاق مع الجيش التركي.", "2018-10-11").Events);
    }

    [Fact]
    public void Control_of_water_takes_no_ground()
    {
        Assert.Empty(TestPipeline.Extract("وسيطر الجيش السوري على كل إيرادات المياه في مدينة حلب الأحد.", "2018-10-15").Events);
    }

    [Fact]
    public void An_achievement_supposed_takes_no_ground()
    {
        Assert.Empty(TestPipeline.Extract("وإذا ما تمكنت قوات الجيش اليمني من تحرير مدينة الحديدة، فإنها تقطع خط إمداد الحوثيين.", "2018-05-11").Events);
    }

    [Fact]
    public void A_protest_that_left_dead_is_no_peaceful_protest()
    {
        // ACLED's peaceful protest has no fatalities: dead with no shooter named are still force met
        var e = Assert.Single(TestPipeline.Extract("وخرجت مظاهرات حاشدة في مدينة البصرة الجمعة خلفت 17 قتيلا.", "2018-09-08").Events);
        Assert.Equal("Excessive force against protesters", e.SubEventType);
        Assert.Equal(17, e.Fatalities);
    }

    [Theory]
    [InlineData("وقتل سبعة متظاهرين يومي الثلاثاء والأربعاء قرب مقر محافظة البصرة.", 7)]
    [InlineData("وقتل 9 محتجين بالرصاص في مدينة البصرة الجمعة.", 9)]
    [InlineData("وقتل اثنان من المتظاهرين في مدينة البصرة الجمعة.", 2)]                    // a partitive "من" after the count
    public void Protesters_killed_with_their_number_between_verb_and_noun_met_excessive_force(string text, int dead)
    {
        // "قتل تسعة متظاهرين" is the lexicon's "قتل متظاهرين" with the count inside
        var e = Assert.Single(TestPipeline.Extract(text, "2018-09-08").Events);
        Assert.Equal("Excessive force against protesters", e.SubEventType);
        Assert.Equal(dead, e.Fatalities);
    }

    [Theory]
    [InlineData("وسيطر الجيش السوري على مدينة حلب السبت إثر انتهاء عملية إجلاء مقاتلي فيلق الرحمن.", "Non-violent transfer of territory")]
    [InlineData("ودخلت قوات النظام السوري مدينة حلب السبت بموجب اتفاق مع فيلق الرحمن.", "Non-violent transfer of territory")]
    [InlineData("واستعاد الجيش السوري مدينة حلب السبت بعد معارك عنيفة مع فيلق الرحمن.", AcledTaxonomy.GovernmentRegains)]
    [InlineData("وسيطر الجيش السوري على مدينة حلب السبت بعد أسبوع من تسليم فيلق الرحمن أسلحته.", AcledTaxonomy.GovernmentRegains)]   // a handover a week before
    public void Ground_left_under_a_deal_is_a_non_violent_transfer(string text, string subType)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-04-02").Events);
        Assert.Equal(subType, e.SubEventType);
        Assert.Equal(subType == AcledTaxonomy.GovernmentRegains ? AcledTaxonomy.Battles : AcledTaxonomy.StrategicDevelopments, e.EventType);
    }

    [Fact]
    public void A_missile_its_interceptor_is_the_subject_of_was_stopped_not_fired()
    {
        var doc = TestPipeline.Extract("اشتبك الجيش السوري مع تنظيم داعش في مدينة حلب.\nواعترضت الدفاعات الجوية السورية، مساء الأحد، صاروخا باليستيا فوق مدينة حلب.", "2018-03-13");
        var e = Assert.Single(doc.Events, x => x.SubEventType == "Disrupted weapons use");
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);   // the other side's weapon
        Assert.DoesNotContain(doc.Events, x => x.EventType == AcledTaxonomy.Explosions);
    }

    [Fact]
    public void Air_defences_that_repel_a_missile_attack_disrupt_it_at_the_base_not_the_town_it_is_in()
    {
        var doc = TestPipeline.Extract("اشتبك الجيش السوري مع تنظيم داعش في مدينة الرقة.\nوقال التلفزيون السوري إن الدفاعات الجوية تصدت لهجوم صاروخي استهدف مطار التيفور في حماة أمس.", "2018-04-10");
        var e = Assert.Single(doc.Events, x => x.SubEventType == "Disrupted weapons use");
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("T4 Air Base (Tiyas)", e.Location!.Place!.Name);
        Assert.DoesNotContain(doc.Events, x => x.Location?.Place?.Name == "Hama");
    }

    [Fact]
    public void A_territory_change_is_decided_by_the_agent_as_coded_for_its_place()
    {
        // "الجيش الوطني" names a Syrian rebel army and Libya's and Yemen's armies: in Libya it is a state's force
        var doc = TestPipeline.Extract("وسيطر الجيش الوطني على مدينة طرابلس الليبية أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.True(e.Actor1!.IsState, e.Actor1.Name);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
    }

    [Fact]
    public void Where_a_source_sits_is_no_scene()
    {
        var doc = TestPipeline.Extract("اشتبك الجيش السوري مع تنظيم داعش في مدينة حلب أمس.\nوذكر المرصد من مقره في بريطانيا أن 25 شخصا قتلوا جراء الضربات الجوية الروسية.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.CountryCode == "GB");
    }

    [Fact]
    public void Victims_of_a_firm_are_no_dead_and_its_town_no_scene()
    {
        var e = Assert.Single(TestPipeline.Extract("وتظاهر ضحايا مؤسسة حلب للقروض في مدينة الرقة أمس.", "2018-03-10").Events);
        Assert.Equal("Ar Raqqah", e.Location!.Place!.Name);
        Assert.Null(e.Fatalities);
    }

    [Theory]
    [InlineData("وخرجت تظاهرات في مدينة حلب أمس حيث اندلعت مواجهات أسفرت عن مقتل شخصين برصاص الشرطة السورية.")]   // where a protest is
    [InlineData("وقتل فتيان برصاص الشرطة السورية خلال مواجهات في مدينة حلب أمس.")]                                 // people a force's fire killed
    public void Clashes_of_people_with_a_state_force_are_a_riot(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Syria)", e.Actor1!.Name);
        Assert.StartsWith("Police Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void A_country_subject_of_a_strike_verb_is_its_agent_beside_civilians_killed()
    {
        // civilians are no agent, and do not push the country named right after the verb aside
        var doc = TestPipeline.Extract("قصفت روسيا مدينة حلب أمس، ما أسفر عن مقتل طفل.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
        // in an article whose country is Russia, civilians killed in Aleppo are Syria's
        Assert.Equal("Civilians (Syria)", e.Actor2!.Name);
    }

    [Fact]
    public void A_country_subject_before_a_strike_noun_is_its_agent_and_owns_the_artillery()
    {
        // (an article about Syria: a bare "المدفعية" would be Syria's)
        var doc = TestPipeline.Extract("وقصف الجيش السوري مدينة الرقة أمس.\nوقالت وسائل إعلام إن تركيا كثفت من ضرباتها الجوية وقصف المدفعية على مدينة حلب أمس، ما أسفر عن مقتل طفل.", "2018-03-10");
        var inAleppo = doc.Events.Where(e => e.Location?.Place?.Name == "Aleppo").ToList();
        Assert.NotEmpty(inAleppo);
        Assert.All(inAleppo, e => Assert.StartsWith("Military Forces of Turkey", e.Actor1!.Name));
    }

    [Fact]
    public void An_undated_mention_of_a_known_event_takes_the_day_another_sentence_gives_it()
    {
        // "الهجوم الكيميائي" (definite, singular) refers back to the attack the first sentence dates to Saturday
        var doc = TestPipeline.Extract("وقتل العشرات في الهجوم الكيميائي على مدينة حلب السبت الماضي.\nوقال ترامب إن النظام السوري شن الهجوم الكيميائي على مدينة حلب.", "2018-03-14");
        var e = Assert.Single(doc.Events);
        Assert.Equal(new DateOnly(2018, 3, 10), e.Date.Date);
        Assert.Equal(DatePrecision.Day, e.Date.Precision);
        Assert.Contains(e.FieldEvidence, f => f.Field == "date");
        // strikes in the plural may go on: they keep the week of publication
        var wave = TestPipeline.Extract("وقصفت الطائرات الروسية مدينة حلب السبت الماضي.\nوتواصلت الغارات الروسية على مدينة حلب.", "2018-03-14");
        Assert.Contains(wave.Events, x => x.Date.Precision == DatePrecision.Week);
    }

    [Fact]
    public void Police_named_with_a_bomb_are_what_it_hit()
    {
        var doc = TestPipeline.Extract("وأصيب خمسة من الشرطة السورية إثر انفجار سيارة مفخخة في مدينة حلب أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1!.Name);
        Assert.StartsWith("Police Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void Lam_right_after_a_strike_noun_names_whose_strike_it_was()
    {
        var doc = TestPipeline.Extract("وقتل قائد في تنظيم داعش في غارة جوية للطائرات الروسية في مدينة الرقة أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }

    [Fact]
    public void Control_announced_by_a_force_is_ground_it_took()
    {
        // (the control noun alone tells of a standing state; announced, with its backers and day between commas, of an act)
        var doc = TestPipeline.Extract("أعلنت قوات الجيش السوري، بإسناد من الطيران الروسي، الخميس، سيطرتها على مدينة الباب.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        // the announcing state took it from the side named after
        var turkey = TestPipeline.Extract("يذكر أن تركيا أعلنت سيطرتها على مدينة الباب، الأحد، لطرد مقاتلي وحدات حماية الشعب الكردية.", "2018-03-20");
        var t = Assert.Single(turkey.Events);
        Assert.StartsWith("Military Forces of Turkey", t.Actor1!.Name);
        Assert.Equal("People's Protection Units", t.Actor2?.Name);
        // (a liberation celebrated names no place taken)
        Assert.Empty(TestPipeline.Extract("ويستعد أهالي مدينة حلب للاحتفال بإعلان التحرير.", "2018-03-20").Events);
        // (nor an operation named for its aim)
        Assert.Empty(TestPipeline.Extract("ومع إعلان الجيش السوري إطلاق معركة تحرير مدينة حلب، استمرت القوات في التقدم.", "2018-03-20").Events);
    }

    [Fact]
    public void Explosives_a_force_defused_or_a_blast_it_foiled_are_disrupted_weapons_use()
    {
        // (one side named is enough; the blast carried out to destroy them is no event of its own)
        var foiled = TestPipeline.Extract("أحبطت قوات الجيش السوري محاولة تفجير 4 عبوات ناسفة في مدينة حلب، وتم تفجيرها.", "2018-03-10");
        var e = Assert.Single(foiled.Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        // the side named after the explosives planted them
        var defused = Assert.Single(TestPipeline.Extract("ونجحت قوات الجيش السوري في تفكيك مفخخات زرعها تنظيم داعش في مدينة الرقة.", "2018-03-10").Events);
        Assert.StartsWith("Military Forces of Syria", defused.Actor1!.Name);
        Assert.Equal("Islamic State", defused.Actor2?.Name);
        // (demining as a work going on is no one act)
        Assert.DoesNotContain(TestPipeline.Extract("وتواصل قوات الجيش السوري عمليات نزع الألغام في مدينة حلب.", "2018-03-10").Events,
            x => x.SubEventType == "Disrupted weapons use");
    }

    [Fact]
    public void An_article_told_mostly_of_a_province_places_its_unplaced_events_there()
    {
        var doc = TestPipeline.Extract("قصفت القوات السورية مواقع المعارضة في محافظة إدلب أمس. وتواصلت المعارك بين الجيش السوري والمعارضة في محافظة إدلب.\n"
            + "وفي جبهة أخرى، قصف الجيش السوري مواقع للمعارضة في مدينة حماة.\nوأسفرت غارات الطيران الروسي عن مقتل 5 من عناصر المعارضة.", "2018-03-10");
        var russian = Assert.Single(doc.Events, e => e.Actor1!.Name.StartsWith("Military Forces of Russia"));
        Assert.Equal("Idlib", russian.Location!.Place!.Name);   // not the town named once in passing
    }

    [Fact]
    public void A_front_named_by_its_place_only_says_where_the_act_is()
    {
        var doc = TestPipeline.Extract("وفي جبهة جسر الشغور، دكت مدفعية الجيش السوري تجمعا لهيئة تحرير الشام أمس.", "2018-03-10");
        Assert.Equal(AcledTaxonomy.Shelling, Assert.Single(doc.Events).SubEventType);
    }

    [Fact]
    public void The_day_of_the_report_is_not_the_day_of_an_act_told_with_its_own()
    {
        var doc = TestPipeline.Extract("أعلن الجيش الأميركي، الأربعاء، مقتل قيادي في تنظيم داعش، في الغارة الجوية التي شنتها طائرة أميركية على موقع للتنظيم في مدينة الرقة، السبت الماضي.", "2018-03-28");
        var e = Assert.Single(doc.Events);
        Assert.Equal(new DateOnly(2018, 3, 24), e.Date.Date);
        // (with no day of its own, the act takes the report's)
        var one = Assert.Single(TestPipeline.Extract("أعلن الجيش الأميركي، الثلاثاء، شن غارة جوية على موقع لتنظيم داعش في مدينة الرقة.", "2018-03-28").Events);
        Assert.Equal(new DateOnly(2018, 3, 27), one.Date.Date);
    }

    [Fact]
    public void An_act_charged_with_no_day_of_its_own_is_no_event()
    {
        Assert.Empty(TestPipeline.Extract("اتهمت سوريا إسرائيل بالوقوف وراء قصف قاعدة جوية عسكرية قرب مدينة حلب.", "2018-02-22").Events);
        // (charged with its day, it is the report of an act)
        Assert.Single(TestPipeline.Extract("واتهمت الحكومة السورية إسرائيل بقصف مدينة حلب فجر الاثنين.", "2018-02-22").Events);
    }

    [Fact]
    public void A_country_right_after_its_strike_verb_is_the_agent_the_side_hit_follows()
    {
        var e = Assert.Single(TestPipeline.Extract("وقصفت إسرائيل مواقع لحزب الله في مدينة حلب أمس.", "2018-02-22").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1!.Name);
        Assert.Equal("Hezbollah", e.Actor2?.Name);
        Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType);   // a force that strikes from the air (air-powers.tsv)
    }

    [Theory]
    [InlineData("وشنت إسرائيل هجوما صاروخيا على مواقع لحزب الله في مدينة حلب أمس.", "Air/drone strike")]
    // (a ground weapon named keeps it shelling)
    [InlineData("وشنت إسرائيل هجوما صاروخيا ومدفعيا على مواقع لحزب الله في مدينة حلب أمس.", "Shelling/artillery/missile attack")]
    public void The_missiles_of_a_force_that_strikes_from_the_air_are_flown(string text, string subType)
    {
        var doc = TestPipeline.Extract(text, "2018-02-22");
        Assert.Contains(doc.Events, e => e.SubEventType == subType && e.Actor1?.Name.StartsWith("Military Forces of Israel") == true);
        Assert.DoesNotContain(doc.Events, e => e.SubEventType != subType);
    }

    [Fact]
    public void One_civilian_killed_is_the_victim_of_an_attack()
    {
        var e = Assert.Single(TestPipeline.Extract("قتل مدني برصاص قوات النظام في مدينة حلب أمس.", "2018-03-10").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Civilians (Syria)", e.Actor2?.Name);
        Assert.Equal(1, e.Fatalities);
    }

    [Theory]
    [InlineData("واندلعت مواجهة كلامية بين الجيش السوري والمعارضة في مدينة حلب أمس.")]
    [InlineData("وخاضت الحكومة السورية معارك قضائية ضد المعارضة في مدينة حلب أمس.")]
    public void A_battle_in_words_or_in_court_is_no_clash(string text) =>
        Assert.Empty(TestPipeline.Extract(text, "2018-02-22").Events);

    [Fact]
    public void An_attack_flown_is_an_air_strike()
    {
        var e = Assert.Single(TestPipeline.Extract("وشنت طائرات حربية روسية هجوما على مواقع للمعارضة في مدينة حماة أمس.", "2018-04-14").Events);
        Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType);
        // (aircraft backing a ground attack do not make it one)
        var ground = Assert.Single(TestPipeline.Extract("وشنت قوات النظام، بإسناد من طائرات روسية، هجوما على مواقع للمعارضة في مدينة حماة أمس.", "2018-04-14").Events,
            x => x.EventType == AcledTaxonomy.Battles);
        Assert.StartsWith("Military Forces of Syria", ground.Actor1!.Name);
    }

    [Fact]
    public void Bombers_counted_among_the_dead_are_no_bombing()
    {
        var doc = TestPipeline.Extract("وقتل أيضا 21 من مسلحي تنظيم داعش في مدينة الرقة، بينهم 10 مهاجمين انتحاريين.", "2018-06-09");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Suicide bomb");
    }

    [Fact]
    public void A_stabbing_no_one_is_named_for_is_an_unidentified_groups_act()
    {
        var e = Assert.Single(TestPipeline.Extract("قتل جندي من الجيش السوري في عملية طعن في مدينة حلب أمس.", "2018-03-10").Events);
        Assert.Equal("Armed clash", e.SubEventType);   // (a soldier hit: a clash with his army, not violence against civilians)
        Assert.Equal("Unidentified Armed Group (Syria)", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2?.Name);   // the soldier named with it was its victim
    }

    [Fact]
    public void An_act_of_a_contrastive_clause_is_not_outranked_by_the_sentences_other()
    {
        var doc = TestPipeline.Extract("وأصيب جندي من الجيش السوري في عملية طعن في مدينة حلب أمس، فيما رشق مستوطنون سيارات المدنيين بالحجارة في المدينة.", "2018-03-10");
        Assert.Contains(doc.Events, e => e.SubEventType == "Armed clash");   // (the stabbing of a soldier)
        Assert.Contains(doc.Events, e => e.EventType == AcledTaxonomy.Riots);
    }

    [Fact]
    public void An_army_named_in_the_sentence_is_no_aircraft()
    {
        // ("الجيش" is a word of "طيران الجيش", army aviation, but flies nothing by itself)
        var doc = TestPipeline.Extract("وقصف الجيش السوري مواقع للمعارضة في مدينة حلب أمس.", "2018-03-10");
        Assert.Equal(AcledTaxonomy.Shelling, Assert.Single(doc.Events).SubEventType);
    }

    [Fact]
    public void A_force_that_strikes_from_the_air_does_so_unless_a_ground_weapon_is_named()
    {
        var air = TestPipeline.Extract("وقصفت القوات الأمريكية مواقع لتنظيم داعش في مدينة الرقة أمس.", "2018-03-10");
        Assert.Equal(AcledTaxonomy.AirStrike, Assert.Single(air.Events).SubEventType);
        var ground = TestPipeline.Extract("وقصفت القوات الأمريكية بالمدفعية مواقع لتنظيم داعش في مدينة الرقة أمس.", "2018-03-10");
        Assert.All(ground.Events, e => Assert.Equal(AcledTaxonomy.Shelling, e.SubEventType));
        Assert.NotEmpty(ground.Events);
    }

    [Fact]
    public void Air_defence_flies_nothing_a_missile_launch_is_a_missile_attack()
    {
        var doc = TestPipeline.Extract("ورصدت قوات الدفاع الجوي السوري إطلاق صاروخ باليستي من قبل تنظيم داعش على مدينة حلب أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events, x => x.EventType == AcledTaxonomy.Explosions);
        Assert.Equal(AcledTaxonomy.Shelling, e.SubEventType);
    }

    [Fact]
    public void Where_an_organisation_sits_is_no_scene()
    {
        var doc = TestPipeline.Extract("وقتل تسعة مسلحين في اشتباكات مع تنظيم داعش في مدينة الرقة، بحسب المرصد الذي يتخذ من حلب مقرا له.", "2018-03-10");
        Assert.All(doc.Events, e => Assert.Equal("الرقة", e.Location!.Surface));
    }

    [Fact]
    public void The_accused_is_a_party_the_accusers_are_not()
    {
        var doc = TestPipeline.Extract("واتهمت روسيا وسوريا إسرائيل بالمسؤولية عن الغارة التي استهدفت مدينة حمص أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of Russia", e.Claim!.DisplayName);
    }

    [Fact]
    public void Fleeing_a_battle_is_no_battle()
    {
        var doc = TestPipeline.Extract("واعتقلت الشرطة السورية عناصر تنظيم داعش الفارين من المعارك في مدينة الرقة.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.EventType == AcledTaxonomy.Battles);
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests");
    }

    [Fact]
    public void A_claimant_speaking_of_its_own_act_is_the_agent()
    {
        var doc = TestPipeline.Extract("وقال الجيش السوري إنه استعاد مدينة الرقة من تنظيم داعش.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
    }

    [Fact]
    public void An_agreement_with_one_named_party_takes_the_other_side_as_agent()
    {
        var doc = TestPipeline.Extract("اشتبكت قوات النظام السوري مع جيش الإسلام في مدينة حلب.\nوتم التوصل إلى اتفاق مع جماعة جيش الإسلام لخروج مقاتليها من مدينة حلب.", "2018-03-10");
        var agreement = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.StartsWith("Military Forces of Syria", agreement.Actor1!.Name);
        Assert.Equal("Jaysh al-Islam", agreement.Actor2!.Name);
    }

    [Fact]
    public void Demonstrators_are_actor_1_and_rioters_when_they_clash()
    {
        var doc = TestPipeline.Extract("اندلعت اشتباكات بين الشرطة السورية ومحتجين في مدينة حلب اليوم.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.Riots, e.EventType);
        Assert.Equal("Rioters (Syria)", e.Actor1!.Name);
        Assert.Equal(5, e.Actor1.Inter);
        Assert.StartsWith("Police Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void Claim_source_comes_from_the_reporting_verb()
    {
        var doc = TestPipeline.Extract("وقال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت مدينة حلب.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Syrian Observatory for Human Rights", e.Claim!.DisplayName);
    }

    [Theory]
    [InlineData("وأفاد مراسل \"الجزيرة\" أن الطائرات الروسية قصفت مدينة حلب.", "مراسل \"الجزيرة")]   // a quoted name is part of the source
    [InlineData("وقالت مصادر محلية إن الطائرات الروسية قصفت مدينة حلب.", "مصادر محلية")]          // the cue holds the source noun
    [InlineData("وقالت المصادر لـ\"الجزيرة\" إن الطائرات الروسية قصفت مدينة حلب.", "المصادر")]   // لـ names the outlet, not the source
    public void Claim_source_phrase(string text, string source)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Equal(source, Assert.Single(doc.Events).Claim!.Source);
    }

    [Theory]
    [InlineData("وتظاهر الآلاف في مدينة حلب أمس ضد زيادة الضرائب وفقا لبرنامج اقتصادي.")]        // in line with a plan, which says nothing
    [InlineData("وزار الوزير موقع التظاهرة في مدينة حلب أمس وقال متوجها إلى المحتجين \"يجب أن يعبروا عن آرائهم\".")]   // how he spoke, not who
    [InlineData("تقرير: هكذا قصفت الطائرات الروسية مدينة حلب أمس.")]                                   // "thus" starts what is told
    public void Words_that_say_nothing_are_no_claim_source(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events);
        Assert.True(e.Claim is null || !(e.Claim.Source.StartsWith("لبرنامج") || e.Claim.Source.StartsWith("متوجها") || e.Claim.Source.StartsWith("هكذا")), e.Claim?.Source);
    }

    [Theory]
    [InlineData("وقال أردوغان إن بإمكاننا قصف مواقع حزب العمال الكردستاني في سنجار.")]   // ability, not an act
    [InlineData("وقال الجيش السوري إن قواته قادرة على قصف مواقع تنظيم داعش في مدينة حلب.")]
    public void What_a_side_is_able_to_do_is_no_event(string text) =>
        Assert.Empty(TestPipeline.Extract(text, "2018-03-10").Events);

    [Fact]
    public void Sources_no_catalog_names_are_named_by_nation_outlet_or_the_sources_before()
    {
        var doc = TestPipeline.Extract("قالت مصادر سورية إن الطائرات الروسية قصفت مدينة حلب أمس.\nوأضافت المصادر أن الطائرات الروسية قصفت مدينة دير الزور.\n"
                                       + "وقالت مصادرنا إن الطائرات الروسية قصفت مدينة تدمر.", "2018-03-10", "Sky News Arabia");
        Assert.Equal(["Sources (Syria)", "Sources (Syria)", "Sky News Arabia sources"], doc.Events.OrderBy(e => e.EvidenceSentences[0].Start).Select(e => e.Claim!.DisplayName));
    }

    [Theory]
    [InlineData("وأفادت مصادر محلية بمقتل 5 مدنيين في قصف للطائرات الروسية على مدينة حلب.", "مصادر محلية")]      // the casualty noun starts the content
    [InlineData("وأكد المرصد السوري الخميس قصف الطائرات الروسية مدينة حلب.", "المرصد السوري")]                    // so does a date
    [InlineData("وبحسب ما ذكرت مصادر ميدانية فإن الطائرات الروسية قصفت مدينة حلب.", "مصادر ميدانية")]             // a second reporting verb belongs to the cue
    [InlineData("وأفادت المصادر التي تحدثت للجزيرة أن الطائرات الروسية قصفت مدينة حلب.", "المصادر")]               // a relative clause describes the source
    [InlineData("وقالت وسائل الإعلام الرسمية إن الطائرات الروسية قصفت مدينة حلب.", "وسائل الإعلام الرسمية")]          // a source noun that is also a cue stays the source
    public void Claim_source_ends_where_the_report_begins(string text, string source)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Equal(source, Assert.Single(doc.Events).Claim!.Source);
    }

    [Theory]
    [InlineData("وقصفت الطائرات الروسية مدينة حلب أمس، وفق ما أعلن عنه المرصد السوري.", "المرصد السوري")]       // a pronoun of what was said comes first
    [InlineData("وقالت مصادر بالمعارضة إن الطائرات الروسية قصفت مدينة حلب.", "مصادر بالمعارضة")]                 // a source noun goes on past its preposition
    [InlineData("وقصفت الطائرات الروسية مدينة حلب أمس، وفقا للمرصد السوري.", "للمرصد السوري")]                   // "according to": the لـ is the cue's
    public void Claim_source_after_a_pronoun_or_preposition(string text, string source)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Equal(source, Assert.Single(doc.Events).Claim!.Source);
    }

    [Theory]
    [InlineData("وكانت وزارة الدفاع الروسية قد أعلنت أن الطائرات الروسية قصفت مدينة حلب.", "وزارة الدفاع الروسية")]     // the subject stands between كان and قد
    [InlineData("وكان المرصد السوري أكد لدى بداية الهجوم أن الطائرات الروسية قصفت مدينة حلب.", "المرصد السوري")]    // and without قد
    public void Claim_source_between_kana_and_its_verb(string text, string source)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Equal(source, Assert.Single(doc.Events).Claim!.Source);
    }

    [Theory]
    [InlineData("أفاد ناشطون بأن الطائرات الروسية قصفت مدينة حلب.")]                  // the cue's own noun is who speaks
    [InlineData("ناشطون: الطائرات الروسية قصفت مدينة حلب")]                          // a headline's speaker
    public void A_cue_that_names_a_source_speaks_for_itself(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-06-07");
        Assert.Equal("Activists", Assert.Single(doc.Events).Claim!.DisplayName);
    }

    [Theory]
    [InlineData("وذكرت مصادر يمنية أن الحوثيين اعتقلوا 45 مسؤولا في العاصمة صنعاء.", "Arrests")]                       // a group that governs arrests
    [InlineData("اعتقل مسلحون من تنظيم داعش 20 مدنيا في مدينة حلب.", "Abduction/forced disappearance")]          // any other armed group abducts
    public void Who_detains_decides_arrest_or_abduction(string text, string subType)
    {
        var doc = TestPipeline.Extract(text, "2018-04-23");
        Assert.Equal(subType, Assert.Single(doc.Events).SubEventType);
    }

    [Fact]
    public void A_drone_destroyed_or_shot_down_is_an_interception_by_whoever_announces_it()
    {
        // "تدمير طائرتين دون طيار …، واعتراض ثلاثة صواريخ": both acts of the coalition's list are its own
        var doc = TestPipeline.Extract("أعلن التحالف العسكري في اليمن الأربعاء تدمير طائرتين دون طيار أطلقهما الحوثيون باتجاه مدينة الرياض، واعتراض ثلاثة صواريخ بالستية فوق الرياض.", "2018-04-11");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1!.Name);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
        // ("بدون طيار": an aircraft without a pilot is what was shot down)
        var downed = Assert.Single(TestPipeline.Extract("وأعلنت قوات الدفاع الجوي السعودي إسقاط طائرتين بدون طيار فوق مدينة الرياض.", "2018-04-11").Events);
        Assert.Equal("Disrupted weapons use", downed.SubEventType);
    }

    [Fact]
    public void A_capital_named_with_a_compass_phrase_only_says_where_the_province_lies()
    {
        // "محافظة حلب، شمال العاصمة السورية دمشق": a nationality adjective between the cue and the name keeps the relation
        var e = Assert.Single(TestPipeline.Extract("وقصفت الطائرات الروسية محافظة حلب، شمال العاصمة السورية دمشق.", "2018-04-19").Events);
        Assert.Equal("Aleppo", e.Location!.Place!.Name);
    }

    [Fact]
    public void Strikes_counted_over_this_month_are_a_tally()
    {
        Assert.Empty(TestPipeline.Extract("وقالت السفيرة إن القوات السورية شنت بالفعل 100 غارة جوية على مدينة حلب هذا الشهر.", "2018-09-11").Events);
        // (a count on one day is one event)
        Assert.Single(TestPipeline.Extract("وشنت القوات السورية 18 غارة جوية على مدينة حلب يوم الأربعاء.", "2018-09-11").Events);
    }

    [Fact]
    public void Thousands_of_strikes_are_a_war_s_tally()
    {
        Assert.Empty(TestPipeline.Extract("وأسفرت آلاف الضربات الجوية التي شنها التحالف عن مقتل مئات المدنيين في مدينة حلب.", "2018-03-16").Events);
        // (dozens of strikes may be one day's)
        Assert.Single(TestPipeline.Extract("وشن الطيران الحربي عشرات الغارات الجوية على مدينة حلب يوم الأربعاء.", "2018-03-16").Events);
    }

    [Fact]
    public void What_recurs_every_year_is_no_event()
    {
        Assert.Empty(TestPipeline.Extract("يحتفل السكان في الثلاثين من مارس من كل عام بيوم الأرض، وتخرج مظاهرات في مدينة حلب.", "2018-03-30").Events);
    }

    [Fact]
    public void A_chronology_entry_is_of_its_own_date_whatever_weekday_it_names()
    {
        // "23 فبراير/شباط، … بعد صلاة الجمعة": the Friday of that date, long before publication: background
        Assert.Empty(TestPipeline.Extract("23 فبراير/شباط، نظم طلاب الجامعة في مدينة حلب اعتصامات بعد صلاة الجمعة للاحتجاج على قرارات الحكومة.", "2018-06-04").Events);
    }

    [Fact]
    public void Holding_ships_detains_no_one()
    {
        Assert.Empty(TestPipeline.Extract("ميليشيات الحوثي تحتجز 19 سفينة نفطية في ميناء الحديدة", "2018-04-23").Events);
    }

    [GazetteerTheory]
    [InlineData("أعلنت الحكومة اليمنية، السبت، أن ميليشيات الحوثي تحتجز سفنا محملة بالمواد الغذائية في ميناء الحديدة.")]
    [InlineData("وقالت الحكومة إن الحوثيين يحتجزون سفنا في ميناء الحديدة. ويحتجز الحوثيون أيضا \"السفينة المسماة إيغل والتي وصلت بتاريخ 3 من أكتوبر الحالي\".")]
    public void Ships_held_past_an_adverb_or_a_quotation_mark_detain_no_one(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2018-10-07").Events);

    [GazetteerFact]
    public void The_roadside_alone_is_no_bomb()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("واستقر المقام بنحو 200 أسرة على جانب الطريق في قرارة القطف، فيما تعطلت مسيرة عدد منهم وهم يحاولون العودة من بنغازي.", "2018-04-01").Events);
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقتل 4 من عناصر الأمن إثر انفجار عبوة ناسفة مزروعة على جانب الطريق في قضاء سيلوبي أمس.", "2015-08-11").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }

    [Theory]
    [InlineData("ويأتي ذلك بعد أن قصفت الطائرات الروسية مدينة حلب.")]          // the writer's context
    [InlineData("ويترقب العالم رد دمشق بعد أن قصفت الطائرات الروسية مدينة حلب.")]
    public void The_writers_own_framing_inherits_no_claim(string second)
    {
        var doc = TestPipeline.Extract("وقالت مصادر عسكرية إن الجيش يستعد لهجوم جديد. " + second, "2018-04-11");
        Assert.Null(Assert.Single(doc.Events).Claim);
        // (a plain next sentence goes on with the sources' run)
        doc = TestPipeline.Extract("وقالت مصادر عسكرية إن الجيش يستعد لهجوم جديد. وقصفت الطائرات الروسية مدينة حلب.", "2018-04-11");
        Assert.NotNull(Assert.Single(doc.Events).Claim);
    }

    [Fact]
    public void Transport_is_no_report()
    {
        // "شاحنات نقل البضائع": the noun نقل carries goods, not words; only "نقل عن" reports.
        var doc = TestPipeline.Extract("وقصفت الطائرات الروسية شاحنات نقل البضائع في مدينة حلب.", "2018-03-10");
        Assert.Null(Assert.Single(doc.Events).Claim);
        doc = TestPipeline.Extract("ونقل التلفزيون الرسمي عن مصدر عسكري أن الطائرات الروسية قصفت مدينة حلب.", "2018-03-10");
        Assert.NotNull(Assert.Single(doc.Events).Claim);
    }

    [Fact]
    public void The_civilians_a_strike_killed_are_whom_it_hit()
    {
        // "قتل 18 مدنيا … في غارات": the toll's civilians are actor 2; members of an armed group are that group.
        var hit = Assert.Single(TestPipeline.Extract("قتل 18 مدنيا على الأقل في غارات جوية للطيران الروسي على مدينة حلب.", "2018-06-07").Events);
        Assert.StartsWith("Civilians", hit.Actor2!.Name);
        var members = Assert.Single(TestPipeline.Extract("قتل 3 أشخاص ينتمون لتنظيم القاعدة في غارة أمريكية على مدينة حلب.", "2018-06-07").Events);
        Assert.Equal("Al Qaeda", members.Actor2!.Name);
    }

    [Fact]
    public void A_cue_with_no_subject_of_its_own_speaks_with_the_sentence_subject_which_stays_a_party()
    {
        // "بعد أن أعلن": the army that arrested is who announced it, and still the one that arrested.
        var doc = TestPipeline.Extract("اعتقل الجيش السوري، الخميس، عشرة مسلحين في مدينة حلب، بعد أن أعلن عن إحباط هجوم على حواجزه.", "2018-10-11");
        var e = Assert.Single(doc.Events);
        Assert.Equal("الجيش السوري", e.Claim!.Source);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }

    [Theory]
    [InlineData("وقصفت الطائرات الروسية مدينة حلب أمس، وأكد هذا التطور تصاعد المعارك.")]     // a demonstrative starts what was said
    [InlineData("وقصفت الطائرات الروسية مدينة حلب أمس، وسط مخاوف من أسلحة معدة للتداول المحلي.")]        // a reporting word after لـ is a noun of purpose
    public void No_claim_source_where_no_one_speaks(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.All(doc.Events, e => Assert.Null(e.Claim));
        Assert.NotEmpty(doc.Events);
    }

    [Theory]
    [InlineData("الجيش السوري يعلن استعادة مدينة الرقة من تنظيم داعش")]                 // headline: subject, announcing verb, the act
    [InlineData("وأعلن الجيش السوري الخميس استعادة السيطرة على مدينة الرقة من تنظيم داعش.")]   // a date between
    public void A_force_announcing_its_act_is_its_agent(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of Syria", e.Claim!.DisplayName);
    }

    [Fact]
    public void A_report_of_someone_elses_act_keeps_the_claimant_out()
    {
        // "وصفت" describes, it does not announce: Russia is no party to the attack it calls a provocation.
        var doc = TestPipeline.Extract("ووصفت روسيا تقارير الهجوم الكيميائي على مدينة دوما بأنها استفزاز.", "2018-04-10");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name.StartsWith("Military Forces of Russia") == true);
    }

    [Fact]
    public void The_killed_named_first_in_a_report_are_the_side_hit()
    {
        var doc = TestPipeline.Extract("وأكدت مصادر عسكرية مقتل عشرات الحوثيين في غارات جوية على مدينة الحديدة.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
        Assert.Equal("مصادر عسكرية", e.Claim!.Source);
    }

    [Fact]
    public void Whose_strikes_after_the_adjectives_of_the_attack_noun()
    {
        var doc = TestPipeline.Extract("وأسفرت الغارات المركزة لمقاتلات التحالف عن تكبد ميليشيات الحوثي خسائر بشرية في مدينة الحديدة.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1!.Name);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
    }

    [Fact]
    public void A_passive_names_its_object_and_the_claimant_speaking_of_itself_as_agent()
    {
        var doc = TestPipeline.Extract("وأوضح التحالف العربي أنه تم استهداف عناصر الحوثيين بغارات جوية في مدينة صعدة.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1!.Name);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
    }

    [Theory]
    [InlineData("وفي سياق متصل، ")]
    [InlineData("من جهة أخرى، ")]
    [InlineData("وفي غضون ذلك، ")]
    public void A_sentence_turning_to_another_report_inherits_no_claim(string opener)
    {
        var doc = TestPipeline.Extract("وقال المرصد السوري إن الطائرات الروسية قصفت مدينة حلب. " + opener + "استهدفت فصائل المعارضة بالمدفعية الثقيلة مدينة الرقة.", "2018-03-10");
        Assert.NotNull(Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.AirStrike).Claim);
        Assert.Null(Assert.Single(doc.Events, e => e.Actor1!.Name.StartsWith("Opposition")).Claim);
    }

    [Fact]
    public void The_writers_background_is_claimed_by_no_source()
    {
        var doc = TestPipeline.Extract("وقال المرصد السوري إن الطائرات الروسية قصفت مدينة حلب. ويذكر أن المعارك اندلعت في مدينة الرقة.", "2018-03-10");
        Assert.True(doc.Claims.ContainsKey(0));
        Assert.False(doc.Claims.ContainsKey(1));
    }

    [Fact]
    public void A_participle_of_speech_takes_no_source_after_it()
    {
        var doc = TestPipeline.Extract("وقصفت الطائرات الروسية مدينة حلب، مؤكدة استمرار العمليات العسكرية.", "2018-03-10");
        Assert.Null(Assert.Single(doc.Events).Claim);
    }

    [Fact]
    public void Who_met_death_in_a_strike_is_its_target()
    {
        // no attacker named: the dead are the side hit, not the agent
        var doc = TestPipeline.Extract("ولقي قياديان بارزان في ميليشيات الحوثي مصرعهما في غارات استهدفت موقعا في مدينة صعدة.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
        Assert.NotEqual("Houthi Movement", e.Actor1!.Name);
    }

    [Theory]
    [InlineData("الجيش السوري يحرر مدينة الرقة ويحاصر تنظيم داعش")]
    [InlineData("سوريا تستعيد مدينة الرقة من تنظيم داعش")]                    // a country is the subject too
    public void In_a_title_the_name_before_an_imperfect_verb_is_its_subject(string title)
    {
        var doc = TestPipeline.Pipeline.Process(new Document(title + "\nوتواصلت المعارك في المنطقة.", "test", new DateOnly(2018, 3, 10), title: title));
        var e = Assert.Single(doc.Events, e => e.EventType == AcledTaxonomy.StrategicDevelopments || e.SubEventType == AcledTaxonomy.GovernmentRegains);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
    }

    [Fact]
    public void A_force_announcing_enemy_dead_in_its_strikes_is_their_agent()
    {
        var doc = TestPipeline.Extract("الجيش العراقي يعلن مقتل 45 مقاتلا من تنظيم \"داعش\" في غارات شنها على مدينة البوكمال", "2018-06-23");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Iraq", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
        Assert.Equal(45, e.Fatalities);
    }

    [Fact]
    public void A_preposition_on_an_actor_word_is_segmented_off()
    {
        // "للتحالف" is ل + التحالف: whose strikes they were, not a word of its own that hides the ل.
        var doc = TestPipeline.Extract("وأعلن الحوثيون مقتل رئيس المجلس السياسي في غارة للتحالف العربي على مدينة الحديدة.", "2018-04-23");
        Assert.Equal("تحالف", Assert.Single(doc.Tokens, t => t.Surface == "للتحالف").Lemma);
        Assert.DoesNotContain("للتحالف", ActorCatalog.Default.AliasWords);
        Assert.DoesNotContain("لقوات", ActorCatalog.Default.AliasWords);
        var e = Assert.Single(doc.Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1!.Name);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
    }

    [Fact]
    public void No_side_is_also_its_own_associate()
    {
        var doc = TestPipeline.Extract("أنباء عن هجمات جوية لقوات التحالف ضد الحوثيين في الحديدة اليمنية", "2018-06-13");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e =>
        {
            Assert.DoesNotContain(e.AssocActor1, a => a.PlainName == e.Actor1?.PlainName || a.PlainName == e.Actor2?.PlainName);
            Assert.Equal(e.AssocActor1.Count, e.AssocActor1.Select(a => a.PlainName).Distinct().Count());
        });
    }

    [Fact]
    public void A_report_with_a_date_of_its_own_is_more_confident()
    {
        var dated = Assert.Single(TestPipeline.Extract("قصفت الطائرات الروسية مدينة حلب أمس.", "2018-03-10").Events);
        var undated = Assert.Single(TestPipeline.Extract("قصفت الطائرات الروسية مدينة حلب.", "2018-03-10").Events);
        Assert.True(dated.Confidence > undated.Confidence, $"{dated.Confidence} vs {undated.Confidence}");
    }

    [Fact]
    public void A_politician_making_a_case_reports_no_event_unless_dated()
    {
        // undated attack nouns in a minister's words: his case, not a report
        Assert.Empty(TestPipeline.Extract("وقال وزير الخارجية الفرنسي إن الغارات الروسية على مدينة حلب تهدد المدنيين.", "2018-03-10").Events);
        // with a date of its own the same speaker reports an event
        Assert.Single(TestPipeline.Extract("وقال وزير الخارجية الفرنسي إن الغارات الروسية على مدينة حلب أمس قتلت مدنيين.", "2018-03-10").Events);
        // a spokesman reports from the field
        Assert.Single(TestPipeline.Extract("وقال المتحدث باسم الجيش السوري إن الغارات الروسية على مدينة حلب قتلت مسلحين.", "2018-03-10").Events);
    }

    [Fact]
    public void A_figure_given_beats_a_plural_with_none()
    {
        // The headline's "قتلى" reads as several (3); the body's figure is what ACLED codes.
        var doc = TestPipeline.Extract("قتلى بغارات روسية على مدينة حلب\nوقتل 27 شخصا في غارات شنتها الطائرات الروسية على مدينة حلب اليوم.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(27, e.Fatalities);
        Assert.False(e.FatalitiesEstimated);
    }

    [Fact]
    public void Conflicting_figures_keep_the_lowest()
    {
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مدينة حلب، ما أدى إلى مقتل 15 شخصا، فيما تحدثت مصادر أخرى عن سقوط 9 قتلى.", "2018-03-10");
        Assert.Equal(9, Assert.Single(doc.Events).Fatalities);
    }

    [Theory]
    [InlineData("قصفت الطائرات الروسية مدينة حلب، مما تسبب بسقوط قتلى وعشرات الجرحى.", 3)]          // a bare plural: at least 3
    [InlineData("قصفت الطائرات الروسية مدينة حلب، وقال المرصد إن خمسة من المدنيين قتلوا.", 5)]       // figure before the cue
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن سقوط عدد من القتلى.", 3)]              // "a number of": several
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن مقتل عدد من المسلحين.", 3)]              // "a number of" the dead: several
    [InlineData("قصفت الطائرات الروسية مدينة حلب، فقد قتل وجرح عدد من المسلحين.", 3)]                 // across the wounded joined to them
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ولقي عدد من المسلحين مصرعهم.", 3)]
    [InlineData("قصفت الطائرات الروسية مدينة حلب، مما أسفر عن مقتل وجرح العشرات منهم.", 3)]           // tens dead and wounded together
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أدى إلى مقتل مقيم يمني.", 1)]                   // one resident
    [InlineData("قصفت الطائرات الروسية مدينة حلب، والقيادي أبو محمد، لقي مصرعه مع عدد من مرافقيه.", 4)]  // he, named before, and some others
    [InlineData("قصفت الطائرات الروسية مدينة حلب، والقيادي أبو محمد، قتل مع عدد من مرافقيه.", 4)]
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ولقي 27 عنصرا من مسلحي المعارضة السورية مصرعهم.", 27)]      // "لقي N … مصرعهم", far apart
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ولقي اثنان من القادة، أحدهما سوري والآخر لبناني، مصرعهما.", 2)]   // across an apposition
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن خسائر بشرية.", 3)]                      // human losses: several
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أدى إلى استشهاد الرقيب ماجد، داعين الله أن يتقبله مع الشهداء.", 1)]   // the martyrs ever are no toll beside one named
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن أضرار مادية.", null)]                    // no dead told of
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن مقتل جنديين.", 2)]                      // a dual counts two
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن مقتل طفل وإصابة ثمانية آخرين.", 1)]      // one in the singular; the eight are the injured's
    [InlineData("قصفت الطائرات الروسية مدينة حلب، وهي المدينة التي سقط فيها قتلى في احتجاجات 2011.", 3)]   // a year is no toll
    [InlineData("قصفت الطائرات الروسية مدينة حلب، بعد ثلاثة أيام من مقتل 14 شخصا في المدينة.", 14)]
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن مقتل رب أسرة وإصابة 4 من أفراد أسرته.", 1)]   // a head of family is one
    [InlineData("قصفت الطائرات الروسية مدينة حلب، وأودى القصف أمس بحياة 3 مدنيين.", 3)]                // بحياة after أودى, apart
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن مقتل 11 شخصا بينهم أربعة أطفال.", 11)]      // a part of the total is no lower figure
    [InlineData("قصفت الطائرات الروسية مدينة حلب، وقال المرصد إن 54 شخصا على الأقل، بينهم 28 مدنيا قتلوا.", 54)]   // the total stands for its part
    [InlineData("قصفت الطائرات الروسية مدينة حلب، ما أسفر عن مقتل 23 عنصرا، هم خمسة من قوات النظام و18 من المسلحين.", 23)]      // three days are a span of time, no toll
    public void Fatality_figures(string text, int? expected) =>
        Assert.Equal(expected, Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events).Fatalities);

    [Theory]
    [InlineData("شنت الطائرات الروسية غارات على مدينة حلب اليوم.\nوقتل ثمانية مدنيين في الغارات.", 8)]              // the strikes named again, with their dead
    [InlineData("اندلعت اشتباكات بين الجيش السوري وتنظيم داعش قرب مدينة دير الزور.\nوأسفرت الاشتباكات عن مقتل 10 من عناصر التنظيم.", 10)]
    [InlineData("شنت الطائرات الروسية غارات على مدينة حلب اليوم.\nولم يعرف بعد إن سقط قتلى جراء الغارات.", null)]     // no toll told
    [InlineData("شنت الطائرات الروسية غارات على مدينة حلب اليوم.\nوارتفعت حصيلة القتلى جراء الغارات منذ بدء الحملة إلى 45.", null)]   // a campaign's running total
    [InlineData("شنت الطائرات الروسية غارات على مدينة حلب اليوم.\nوقتل نحو 300 شخص جراء الغارات.", null)]          // too many for one strike told apart
    // (far back, but the article's one deadly act: its dead all the same)
    [InlineData("شنت الطائرات الروسية غارات على مدينة حلب اليوم.\nوقال المرصد إن الحرب مستمرة.\nوتحدث الأهالي عن الخوف.\nوقتل ثمانية مدنيين في الغارات.", 8)]
    public void A_toll_told_after_its_act_belongs_to_it(string text, int? expected) =>
        Assert.Equal(expected, Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events).Fatalities);

    [Fact]
    public void A_toll_too_far_back_from_one_of_two_acts_is_neither_ones()
    {
        var doc = TestPipeline.Extract("شنت الطائرات الروسية غارات على مدينة حلب اليوم.\nواندلعت اشتباكات بين الجيش السوري وتنظيم داعش قرب مدينة دير الزور.\n"
                                       + "وقال المرصد إن الحرب مستمرة.\nوتحدث الأهالي عن الخوف.\nوقتل ثمانية مدنيين في الغارات.", "2018-03-10");
        Assert.Equal(2, doc.Events.Count);
        Assert.Null(Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.AirStrike).Fatalities);
    }

    [Fact]
    public void Reports_of_one_event_merge_with_all_evidence()
    {
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مدينة حلب اليوم.\nوأضاف المرصد أن الطائرات الروسية قصفت مدينة حلب بعشرات الغارات.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(2, e.EvidenceSentences.Count);
    }

    [Fact]
    public void Seed_article_gives_the_three_gold_events_and_the_contradiction()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "bukamal.txt"));
        var doc = TestPipeline.Extract(text, "2017-11-10", "Ammon News");
        var overtakes = Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.NonStateOvertakes && e.Actor1!.Name == "Islamic State");
        Assert.True(overtakes.PartialControl);
        Assert.Equal(new DateOnly(2017, 11, 10), overtakes.Date.Date);
        Assert.Equal("Syrian Observatory for Human Rights", overtakes.Claim!.DisplayName);
        var regains = Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.GovernmentRegains);
        Assert.Equal("Islamic State", regains.Actor2!.Name);
        Assert.Contains(regains.Id, overtakes.Contradicts);
        Assert.Contains(overtakes.Id, regains.Contradicts);
        var clash = Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.ArmedClash);
        Assert.Equal(new DateOnly(2017, 11, 8), clash.Date.Date);   // "اليوم الأربعاء" before a Friday
        Assert.All(doc.Events, e => Assert.Equal("Abu Kamal", e.Location!.Place!.Name));
    }

    [Theory]
    // the genitive of a target noun is hit, whichever side of the verb it stands
    [InlineData("قصفت الطائرات الروسية مواقع تنظيم داعش في مدينة الرقة.", "Military Forces of Russia", "Islamic State")]
    [InlineData("استهدفت مدفعية الجيش السوري تجمعات جبهة النصرة في مدينة إدلب.", "Military Forces of Syria", "Al Nusra Front")]
    // the dead belong to the side named after "مقتل N … في"
    [InlineData("شنت الطائرات الروسية غارة على مدينة إدلب أسفرت عن مقتل 9 عناصر من جبهة النصرة.", "Military Forces of Russia", "Al Nusra Front")]
    // a targeting verb as the trigger: the word after it is its subject, and "بالمدفعية" is a weapon, not a party
    [InlineData("استهدفت جبهة النصرة بالمدفعية الثقيلة مواقع الجيش السوري في مدينة حماة.", "Al Nusra Front", "Military Forces of Syria")]
    // who holds the place that is hit is hit
    [InlineData("قصفت الطائرات الروسية المزارع التي يتحصن فيها مقاتلو جبهة النصرة في مدينة إدلب.", "Military Forces of Russia", "Al Nusra Front")]
    public void What_is_hit_is_never_the_agent(string text, string actor1, string actor2)
    {
        var doc = TestPipeline.Extract(text, "2015-03-10");
        var e = Assert.Single(doc.Events, e => e.EventType == AcledTaxonomy.Explosions);
        Assert.StartsWith(actor1, e.Actor1!.Name);
        Assert.StartsWith(actor2, e.Actor2!.Name);
    }

    [Theory]
    // a verbal noun with a possessive pronoun belongs to the actor before it; "مع" names the other side
    [InlineData("وتواصل قوات النظام السوري قتالها مع تنظيم داعش في مدينة دير الزور.", "Military Forces of Syria", "Islamic State")]
    // a trigger phrase that names its agent
    [InlineData("وقال الجيش السوري إن جنديا أصيب في مدينة حلب، فيما اعتدى المستوطنون على مزارعين.", "Rioters (Israel)", null)]
    // a generic word inside the trigger ("هجوم انتحاري") only describes it
    [InlineData("واستهدف هجوم انتحاري تبناه تنظيم داعش مقرا للشرطة في مدينة حلب أمس.", "Islamic State", null)]
    // "في حين" / "فيما" open another clause with its own actors
    [InlineData("وقصف تنظيم داعش بالمدفعية مدينة دير الزور، في حين اعتقلت الشرطة السورية عددا من المطلوبين.", "Islamic State", null)]
    public void Agent_from_the_trigger_phrase(string text, string actor1, string? actor2)
    {
        var doc = TestPipeline.Extract(text, "2016-03-10");
        var e = doc.Events.First();
        Assert.StartsWith(actor1, e.Actor1!.Name);
        if (actor2 is not null) Assert.StartsWith(actor2, e.Actor2!.Name);
        // nothing of the event's own evidence comes from another clause
        int other = doc.Text.IndexOf("في حين", StringComparison.Ordinal);
        if (other >= 0) Assert.DoesNotContain(e.FieldEvidence, f => f.Field is "actor1" or "actor2" && f.Span.Start > other);
    }

    [Fact]
    public void A_province_s_demonstration_is_the_one_in_its_town_that_day()
    {
        const string text = "تظاهر المئات في محافظة حلب يوم الجمعة.\nواندلعت مواجهات بين المتظاهرين والشرطة في مدينة الباب يوم الجمعة.";
        var doc = TestPipeline.Extract(text, "2018-03-10");
        var riot = Assert.Single(doc.Events);
        Assert.Equal("Violent demonstration", riot.SubEventType);
        Assert.Equal("Al Bab", riot.Location!.Place!.Name);   // the finer place
    }

    [Fact]
    public void A_mob_where_people_demonstrated_is_a_violent_demonstration()
    {
        // The clash alone reads as mob violence (a group, no demonstrators in its sentence); the protest told in
        // the next sentence makes the rioters demonstrators.
        const string text = "مقتل خمسة من أفراد الشرطة الإيرانية في اشتباكات مع دراويش كنابادي في طهران. وتظاهر المئات من أتباع الطريقة أمام مركز للشرطة في طهران.";
        var doc = TestPipeline.Extract(text, "2018-02-20");
        var riot = Assert.Single(doc.Events, e => e.EventType == AcledTaxonomy.Riots);
        Assert.Equal("Violent demonstration", riot.SubEventType);
        Assert.DoesNotContain(doc.Events, e => e.EventType == AcledTaxonomy.Protests);
    }

    [Fact]
    public void Villages_the_gazetteer_lacks_are_events_of_their_own_when_named_as_settlements()
    {
        var doc = TestPipeline.Extract("استعادت قوات النظام السوري قرى الطابية والصبحة والبصيرة من تنظيم داعش بريف دير الزور.", "2018-03-10");
        var villages = doc.Events.Select(e => e.Location!.Surface).ToList();
        Assert.Equal(new[] { "الطابية", "الصبحة", "البصيرة" }, villages);
        Assert.All(doc.Events, e => Assert.Equal("Deir ez-Zor", e.Location!.Place!.Name));   // placed at their context's town
        // Words for parts of places are no names: "بلدة X وأجزاء من بلدات Y".
        var parts = TestPipeline.Extract("استعادت فصائل المعارضة بلدة الطابية وأجزاء من بلدات الصبحة بريف دير الزور.", "2018-03-10");
        Assert.DoesNotContain(parts.Events, e => e.Location!.Surface.Contains("أجزاء"));
        // Not named as settlements: one event at the town.
        var one = TestPipeline.Extract("قصفت الطائرات الروسية مدينة دير الزور ومحيط الكلية البحرية.", "2018-03-10");
        Assert.Single(one.Events);
    }

    [Theory]
    [InlineData("استهدفت الغارات الروسية مواقع في قرية الطابية بمنطقة الباب أمس.", new[] { "الطابية" })]          // the town placing the village
    [InlineData("استهدفت الغارات الروسية مواقع في قرية الطابية في ناحية الباب أمس.", new[] { "الطابية" })]
    [InlineData("استهدفت الغارات الروسية مواقع في محيط مدينة الباب وقرية الطابية أمس.", new[] { "الباب", "الطابية" })]   // a list
    public void A_town_right_after_a_village_the_gazetteer_lacks_only_places_it(string text, string[] scenes)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Equal(scenes, doc.Events.Select(e => e.Location!.Surface).ToArray());
    }

    [Fact]
    public void What_an_act_answers_is_an_event_with_its_own_sides_kind_and_day()
    {
        var doc = TestPipeline.Extract("وشنت الطائرات التركية غارات على مدينة رأس العين أمس ردا على قصف وحدات حماية الشعب لمدينة حلب.", "2018-03-10");
        Assert.Equal(2, doc.Events.Count);
        var answered = Assert.Single(doc.Events, e => e.Location!.Place!.Name == "Aleppo");
        Assert.Equal("People's Protection Units", answered.Actor1!.Name);
        Assert.Equal(AcledTaxonomy.Shelling, answered.SubEventType);      // not the answer's air strike
        Assert.Equal(DatePrecision.Week, answered.Date.Precision);         // not the answer's day
        // With no side of its own named, the answer's agent is not the answered act's: no chemical attack by the US.
        var unnamed = TestPipeline.Extract("وشنت الولايات المتحدة غارات على مدينة حماة الخميس ردا على هجوم كيماوي على مدينة إدلب.", "2018-03-10");
        Assert.DoesNotContain(unnamed.Events, e => e.SubEventType == "Chemical weapon" && e.Actor1?.Name.Contains("United States") == true);
    }

    [Fact]
    public void A_chemical_attack_told_with_its_place_is_an_event_whoever_did_it()
    {
        var doc = TestPipeline.Extract("وجاء ذلك بعد هجوم كيماوي مفترض على مدينة حلب السبت الماضي أسفر عن مقتل العشرات.", "2018-03-10");
        var attack = Assert.Single(doc.Events);
        Assert.Equal("Chemical weapon", attack.SubEventType);
        Assert.Equal("Unidentified Armed Group (Syria)", attack.Actor1!.Name);
        Assert.Equal(new DateOnly(2018, 3, 3), attack.Date.Date);
        // So is one a place underwent, in the other spelling (كيمياوي).
        var underwent = TestPipeline.Extract("وتعرضت مدينة حلب لما قيل إنه هجوم بالأسلحة الكيمياوية يوم السبت.", "2018-03-10");
        Assert.Equal("Chemical weapon", Assert.Single(underwent.Events).SubEventType);
        // Chemical weapons named alone, with no attack, are no event.
        Assert.Empty(TestPipeline.Extract("وأدان وزير الخارجية الفرنسي استخدام الأسلحة الكيماوية في مدينة حلب.", "2018-03-10").Events);
        // Told again with no agent, it is the attack told before, whose day and agent it keeps.
        var retold = TestPipeline.Extract("استخدمت قوات النظام السوري غاز الكلور في هجوم على مدينة حلب الثلاثاء.\nوأدانت فرنسا الهجوم الكيماوي على مدينة حلب.", "2018-03-10");
        var one = Assert.Single(retold.Events);
        Assert.StartsWith("Military Forces of Syria", one.Actor1!.Name);
        Assert.Equal(2, one.EvidenceSentences.Count);
        Assert.Null(one.Claim);   // France condemning it claims nothing of it
    }

    [Theory]
    [InlineData("وقصفت الطائرات الروسية مواقع في مدينة إدلب أمس بعد أن زار الرئيس التركي مدينة حلب.")]
    [InlineData("وقصفت الطائرات الروسية مواقع في مدينة إدلب أمس قبل ساعات من قمة في مدينة حلب.")]
    public void A_clause_of_another_time_tells_of_another_place(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.AirStrike);
        Assert.Equal("Idlib", strike.Location!.Place!.Name);
    }

    [Fact]
    public void The_ends_of_a_move_are_no_scene()
    {
        var doc = TestPipeline.Extract("وتظاهر آلاف السوريين في مدينة حلب يوم الجمعة، تزامنا مع نقل السفارة الأمريكية من مدينة إدلب إلى مدينة الرقة.", "2018-03-10");
        var protest = Assert.Single(doc.Events);
        Assert.Equal("Aleppo", protest.Location!.Place!.Name);
    }

    [Fact]
    public void Where_a_strike_is_fired_from_is_no_scene_of_it()
    {
        var doc = TestPipeline.Extract("وكثفت قوات النظام السوري قصف مدينة إدلب من مواقعها في مدينة جسر الشغور وقرية الطابية أمس.", "2018-03-10");
        var strike = Assert.Single(doc.Events);
        Assert.Equal("Idlib", strike.Location!.Place!.Name);
    }

    [Theory]
    [InlineData("وقصفت الطائرات الروسية أهدافا في حلب والقنيطرة وإدلب أمس.", new[] { "Aleppo", "Quneitra", "Idlib" })]   // a province among towns
    [InlineData("وخرج الآلاف في تظاهرتين في محافظتي حماة وإدلب أمس.", new[] { "Hama", "Idlib" })]                      // the dual
    public void Each_place_of_a_list_is_an_event(string text, string[] places)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Equal(places, doc.Events.Select(e => e.Location!.Place!.Name).ToArray());
    }

    [Fact]
    public void A_report_at_a_province_folds_into_the_same_report_at_a_town_inside_it()
    {
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مواقع في محافظة حلب يوم الجمعة، ما أسفر عن مقتل 5 أشخاص.\n"
                                       + "واستهدفت الغارات الروسية مدينة الباب يوم الجمعة.", "2018-03-10");
        var strike = Assert.Single(doc.Events);
        Assert.Equal("Al Bab", strike.Location!.Place!.Name);
        Assert.Equal(2, strike.EvidenceSentences.Count);
        Assert.Equal(5, strike.Fatalities);   // the one report it retells takes its toll
        // Another agent's strike in the town is another event; so is the province's in a province the town is not in.
        var other = TestPipeline.Extract("قصفت الطائرات الروسية مواقع في محافظة حلب يوم الجمعة.\n"
                                         + "واستهدفت الغارات التركية مدينة الباب يوم الجمعة.", "2018-03-10");
        Assert.Equal(2, other.Events.Count);
        var elsewhere = TestPipeline.Extract("قصفت الطائرات الروسية مواقع في محافظة حماة يوم الجمعة.\n"
                                             + "واستهدفت الغارات الروسية مدينة الباب يوم الجمعة.", "2018-03-10");
        Assert.Equal(2, elsewhere.Events.Count);
    }

    [Fact]
    public void Air_and_ground_strikes_in_one_phrase_are_two_events()
    {
        var doc = TestPipeline.Extract("وتتعرض مدينة حلب للقصف الجوي والبري من القوات التركية.", "2018-03-10");
        Assert.Equal(new[] { AcledTaxonomy.AirStrike, AcledTaxonomy.Shelling }, doc.Events.Select(e => e.SubEventType).Order().ToArray());
    }

    [Fact]
    public void A_strikes_nationality_names_its_agent_and_air_strikes_stand_beside_a_battle()
    {
        var doc = TestPipeline.Extract("وتتعرض مدينة حلب لغارات روسية وسورية، ودارت فيها معارك عنيفة بين الجيش السوري وجبهة النصرة.", "2015-03-10");
        var strikes = doc.Events.Where(e => e.SubEventType == AcledTaxonomy.AirStrike).Select(e => e.Actor1!.Name).Order().ToList();
        Assert.Equal(2, strikes.Count);
        Assert.StartsWith("Military Forces of Russia", strikes[0]);
        Assert.StartsWith("Military Forces of Syria", strikes[1]);
        Assert.Contains(doc.Events, e => e.SubEventType == AcledTaxonomy.ArmedClash);
    }

    [Fact]
    public void The_bombardment_just_told_of_keeps_its_kind()
    {
        var doc = TestPipeline.Extract("شنت الطائرات الروسية غارات على مدينة حلب.\nوتركز القصف على مواقع جبهة النصرة في مدينة إدلب.", "2015-03-10");
        Assert.All(doc.Events, e => Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType));
        Assert.Equal(2, doc.Events.Count);
    }

    [Fact]
    public void An_air_strike_given_to_a_ground_force_goes_to_its_sides_air_force()
    {
        var doc = TestPipeline.Extract("وقالت مصادر إن طائرات التحالف الدولي حلقت فوق مدينة الرقة.\nوشنت قوات سوريا الديمقراطية غارات جوية على مواقع تنظيم داعش في مدينة الرقة.", "2018-03-10");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.AirStrike);
        Assert.Equal("Coalition (US-led)", strike.Actor1!.Name);
        Assert.Contains(strike.AssocActor1, a => a.Name == "Syrian Democratic Forces");
        Assert.Equal("Islamic State", strike.Actor2!.Name);
    }

    [Fact]
    public void A_hedged_nationality_names_the_agent_and_a_sentences_strikes_share_it()
    {
        var hedged = TestPipeline.Extract("وخرج مستشفى مدينة إدلب عن الخدمة عقب غارات جوية يعتقد أنها روسية.", "2018-03-10");
        Assert.StartsWith("Military Forces of Russia", Assert.Single(hedged.Events).Actor1!.Name);
        var shared = TestPipeline.Extract("وتعرضت مدينة حلب لقصف سوري عنيف، تزامنا مع قصف مدفعي على مدينة إدلب.", "2018-03-10");
        Assert.Equal(2, shared.Events.Count);
        Assert.All(shared.Events, e => Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name));
        // not across clauses: "في حين جرى إطلاق صواريخ من …" is the other side
        var other = TestPipeline.Extract("وشنت الطائرات الروسية غارات على مدينة حلب، في حين جرى إطلاق قذائف على مدينة إدلب.", "2018-03-10");
        Assert.DoesNotContain(other.Events, e => e.Location!.Place!.Name == "Idlib" && e.Actor1!.Name.StartsWith("Military Forces of Russia"));
    }

    [Fact]
    public void An_attack_with_chemical_weapons_is_a_chemical_attack()
    {
        var doc = TestPipeline.Extract("ردا على استخدام النظام السوري الأسلحة الكيماوية في هجوم على مدينة حلب قتل فيه 40 شخصا.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Chemical weapon", e.SubEventType);
        Assert.Equal(AcledTaxonomy.Explosions, e.EventType);
        Assert.Equal(40, e.Fatalities);
    }

    [Fact]
    public void A_battles_missing_side_is_never_civilians()
    {
        var doc = TestPipeline.Extract("قصفت قوات النظام السوري مدينة حلب ما أسفر عن مقتل 5 مدنيين.\nواندلعت معارك عنيفة بين جبهة النصرة وقوات النظام السوري في مدينة إدلب.\nودارت معارك عنيفة شنتها قوات النظام السوري في مدينة حماة.", "2015-03-10");
        Assert.All(doc.Events.Where(e => e.EventType == AcledTaxonomy.Battles), e => Assert.NotEqual(7, e.Actor2?.Inter));
    }

    [Fact]
    public void With_only_the_target_named_the_attacker_is_its_opponent_in_the_article()
    {
        var doc = TestPipeline.Extract("اندلعت اشتباكات بين الجيش السوري وتنظيم داعش قرب مدينة دير الزور.\nوقال ناشطون إن قصفا عنيفا طال مواقع تنظيم داعش في مدينة دير الزور.", "2016-03-10");
        var strike = Assert.Single(doc.Events, e => e.EventType == AcledTaxonomy.Explosions);
        Assert.StartsWith("Military Forces of Syria", strike.Actor1!.Name);
        Assert.Equal("Islamic State", strike.Actor2!.Name);
        // An unmarked actor after the trigger is no target: no event without an agent.
        var none = TestPipeline.Extract("وتزامنت المعارك مع غارات مكثفة لطائرات التحالف العربي.", "2016-03-10");
        Assert.DoesNotContain(none.Events, e => e.EventType == AcledTaxonomy.Battles);
    }

    [Fact]
    public void Killed_in_it_names_the_dead_and_a_civilian_who_opens_fire_is_an_armed_group()
    {
        var doc = TestPipeline.Extract("وكانت مدينة حلب شهدت، الأحد، هجوما قتل فيه مستوطنان وأصيب ثالث بجروح، بعدما أطلق شاب سوري الرصاص عليهم.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Syria)", e.Actor1!.Name);
        // settlers killed are civilians (a mob of settlers would be rioters)
        Assert.Equal("Civilians (Israel)", e.Actor2!.Name);
        // "نداءات أطلقها المدنيون": launching appeals attacks no one
        var appeals = TestPipeline.Extract("وسط نداءات أطلقها المدنيون إلى المجتمع الدولي بعد قصف جوي على مدينة حلب.", "2018-03-10");
        Assert.DoesNotContain(appeals.Events, x => x.Actor1?.Name.StartsWith("Unidentified Armed Group") == true);
    }

    [Fact]
    public void The_dead_named_as_the_outcome_of_an_attack_are_its_target()
    {
        var outcome = TestPipeline.Extract("وأطلقت فصائل المعارضة قذائف على معسكر في مدينة حماة أدت إلى مقتل جنديين سوريين.", "2018-03-10");
        Assert.All(outcome.Events, e => Assert.StartsWith("Military Forces of Syria", e.Actor2!.Name));
        Assert.NotEmpty(outcome.Events);
        var strikes = TestPipeline.Extract("وأفادت مصادر بمقتل 20 عنصرا من تنظيم داعش بغارات للتحالف الدولي في مدينة الرقة.", "2018-03-10");
        var strike = Assert.Single(strikes.Events);
        Assert.Equal("Coalition (US-led)", strike.Actor1!.Name);
        Assert.Equal("Islamic State", strike.Actor2!.Name);
    }

    [Fact]
    public void In_a_clash_with_a_named_side_the_side_that_lost_men_is_actor_two()
    {
        var doc = TestPipeline.Extract("قتل 32 عنصرا من تنظيم داعش في مواجهات مع قوات سوريا الديمقراطية قرب مدينة الرقة.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Syrian Democratic Forces", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
        Assert.Equal(32, e.Fatalities);
    }

    [Fact]
    public void A_force_announcing_its_act_with_the_day_between_commas_is_its_agent()
    {
        var doc = TestPipeline.Extract("أعلن الجيش السوري، السبت، اعتقال 21 مسلحا في مدينة حلب.", "2018-03-10");
        Assert.StartsWith("Military Forces of Syria", Assert.Single(doc.Events).Actor1!.Name);
        // not when its own forces are named as the side that fought
        var own = TestPipeline.Extract("أعلنت وزارة الداخلية السورية، الاثنين، مقتل تسعة إرهابيين في تبادل لإطلاق النار مع قوات الأمن في مدينة حماة.", "2018-03-10");
        var clash = Assert.Single(own.Events);
        Assert.StartsWith("Police Forces of Syria", clash.Actor1!.Name);
        Assert.StartsWith("Unidentified Armed Group", clash.Actor2!.Name);
    }

    [Fact]
    public void A_vague_count_gives_way_to_a_figure_when_reports_merge()
    {
        var doc = TestPipeline.Extract("مقتل عشرات من عناصر تنظيم داعش بغارات للتحالف الدولي في مدينة الرقة.\nوقالت مصادر إن 70 عنصرا من تنظيم داعش قتلوا في غارات للتحالف الدولي على مدينة الرقة.", "2018-03-10");
        var strike = Assert.Single(doc.Events);
        Assert.Equal(70, strike.Fatalities);
    }

    [Fact]
    public void A_military_site_of_a_nation_is_that_nations_army()
    {
        var doc = TestPipeline.Extract("وشنت الطائرات الإسرائيلية غارة استهدفت مطار الضمير العسكري السوري قرب مدينة حلب.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void A_country_the_sentence_puts_the_act_in_beats_an_article_town_abroad()
    {
        // (placed in nothing finer than the country, the strike is no codable event at all — but not one at Aleppo)
        var doc = TestPipeline.Extract("عقد مسؤولون اجتماعا في مدينة حلب.\nوشنت الطائرات الروسية غارات على مناطق المعارضة في العراق.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
        // the town stays the scene when the sentence names no country it puts the act in
        var town = TestPipeline.Extract("عقد مسؤولون اجتماعا في مدينة حلب.\nوشنت الطائرات الروسية غارات على مناطق المعارضة.", "2018-03-10");
        Assert.Equal("Aleppo", Assert.Single(town.Events).Location!.Place!.Name);
    }

    [Fact]
    public void A_question_reports_nothing()
    {
        Assert.Empty(TestPipeline.Extract("هل كانت الضربات الجوية الروسية على مدينة حلب قانونية؟", "2018-03-10").Events);
        Assert.Empty(TestPipeline.Extract("من هو القيادي الذي اعتقلته قوات سوريا الديمقراطية في الرقة؟", "2018-03-10").Events);
        Assert.NotEmpty(TestPipeline.Extract("شنت الطائرات الروسية غارات على مدينة حلب.", "2018-03-10").Events);
    }

    [Fact]
    public void What_is_usually_done_is_no_event()
    {
        Assert.Empty(TestPipeline.Extract("وعادة ما يشن التحالف الدولي غارات على مواقع تنظيم داعش في مدينة الرقة.", "2018-03-10").Events);
        Assert.Empty(TestPipeline.Extract("ودأبت قوات النظام السوري على قصف الأحياء السكنية في مدينة حلب.", "2018-03-10").Events);
        // a habit told after the act only describes its target
        Assert.NotEmpty(TestPipeline.Extract("ودمرت سيارة مفخخة مطعما في مدينة حلب عادة ما يرتاده الجنود.", "2018-03-10").Events);
    }

    [Fact]
    public void Peoples_property_of_a_nation_makes_its_civilians_the_target()
    {
        var doc = TestPipeline.Extract("ورشق مستوطنون سيارات فلسطينية بالحجارة قرب مدينة حلب.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Civilians (Palestine)", e.Actor2!.Name);
    }

    [Fact]
    public void A_chemical_attack_with_no_target_named_struck_the_people_of_the_place()
    {
        var doc = TestPipeline.Extract("اندلعت اشتباكات بين الجيش السوري وجبهة النصرة في مدينة حلب.\nواستخدمت قوات النظام السوري الغاز السام في هجوم على مدينة إدلب.", "2018-03-10");
        var chemical = Assert.Single(doc.Events, e => e.SubEventType == "Chemical weapon");
        Assert.Equal("Civilians (Syria)", chemical.Actor2!.Name);
    }

    [Fact]
    public void A_report_quoted_word_for_word_ends_with_its_quote()
    {
        var quoted = TestPipeline.Extract("وقال المرصد السوري \"قصفت الطائرات الروسية أحياء في مدينة حلب بعد منتصف الليل\". وشنت قوات النظام السوري غارات على مدينة الرقة.", "2018-03-10");
        Assert.True(quoted.Claims.ContainsKey(0));
        Assert.False(quoted.Claims.ContainsKey(1));
        // indirect speech runs on into the next sentence, and a name in quotes is no quoted report
        var indirect = TestPipeline.Extract("وقال المرصد السوري إن الطائرات الروسية قصفت أحياء في مدينة حلب. وشنت قوات النظام السوري غارات على مدينة الرقة.", "2018-03-10");
        Assert.True(indirect.Claims.ContainsKey(1));
        var named = TestPipeline.Extract("وأفاد مراسل \"سكاي نيوز عربية\" بأن الطائرات الروسية قصفت مدينة حلب. وشنت قوات النظام السوري غارات على مدينة الرقة.", "2018-03-10");
        Assert.True(named.Claims.ContainsKey(1));
    }

    [Fact]
    public void A_run_of_reporting_goes_on_through_its_paragraph()
    {
        var doc = TestPipeline.Extract("وقالت مصادر ميدانية إن الطائرات الروسية قصفت مدينة حلب. وتركزت الغارات على مواقع المعارضة. وشنت قوات النظام السوري غارات على مدينة الرقة.\nواندلعت معارك في مدينة حماة.", "2018-03-10");
        Assert.True(doc.Claims.ContainsKey(2));
        Assert.False(doc.Claims.ContainsKey(3));   // a new paragraph is the writer's
    }

    [Fact]
    public void A_force_speaking_of_its_own_forces_is_the_agent()
    {
        var doc = TestPipeline.Extract("وأعلن الجيش السوري في بيان أن \"مقاتلاته قصفت مواقع في مجمع تابع لتنظيم داعش في مدينة الرقة\".", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
    }

    [Fact]
    public void A_riots_actor_one_is_its_rioters_whom_a_state_force_faced()
    {
        var doc = TestPipeline.Extract("وكان الجيش السوري قال إنه أرسل جنودا لمنزل في مدينة حلب حيث كان هناك عدد من الشبان اليافعين استمروا في إلقاء الحجارة على الجنود الذين كانوا يحاولون احتواء \"مظاهرة عنيفة\" في المدينة.", "2018-03-10");
        var riot = Assert.Single(doc.Events, e => e.SubEventType == "Violent demonstration");
        Assert.StartsWith("Rioters", riot.Actor1!.Name);
        Assert.StartsWith("Military Forces of Syria", riot.Actor2!.Name);
    }

    [Fact]
    public void The_side_holding_an_area_named_is_never_the_agent()
    {
        // "مناطق تسيطر عليها المعارضة": after an indefinite noun the relative clause has no pronoun
        var doc = TestPipeline.Extract("وشنت قوات النظام السوري غارات جوية على مناطق تسيطر عليها فصائل المعارضة في مدينة حلب.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor2!.Name);
        // civilians killed there are the ones hit, and the armed side the sentence names besides struck them
        doc = TestPipeline.Extract("قتل أكثر من 40 مدنيا في هجمات جوية على مدينة حلب، حيث تواصل القوات الحكومية عملياتها العسكرية لاستعادة مناطق تسيطر عليها فصائل المعارضة.", "2018-03-10");
        e = Assert.Single(doc.Events, x => x.SubEventType == "Air/drone strike");
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Civilians (Syria)", e.Actor2!.Name);
    }

    [Fact]
    public void The_holder_of_an_area_struck_is_the_side_hit_but_marks_no_target_for_a_weak_trigger()
    {
        // a strong trigger with no agent named: the holder is what it hit, and its attacker is found in the article
        var doc = TestPipeline.Extract("وقعت غارة جوية على أحد آخر جيوب تنظيم داعش في مدينة الرقة.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Islamic State", e.Actor2!.Name);
        // (civilians the strike killed, counted "at least" before it, are whom it hit — ACLED's civilian target)
        var dead = Assert.Single(TestPipeline.Extract("قتل 28 مدنيا على الأقل في غارة جوية على أحد آخر جيوب تنظيم داعش في مدينة الرقة.", "2018-03-10").Events);
        Assert.Equal("Civilians (Syria)", dead.Actor2!.Name);
        // "التقدم" (advance) is weak: an area of control named in a purpose clause makes it no battle
        Assert.Empty(TestPipeline.Extract("وتحاول قوات النظام السوري التقدم لفصل مناطق سيطرة الفصائل المعارضة في مدينة حلب.", "2018-03-10").Events);
    }

    [Fact]
    public void Holding_a_place_is_a_state_not_a_taking_of_it()
    {
        // being under someone's control
        Assert.DoesNotContain(TestPipeline.Extract("ويعد حوض اليرموك آخر جيب تحت سيطرة تنظيم داعش في غرب محافظة حماة المجاورة ويتعرض لهجوم من قوات النظام بدعم روسي منذ نحو أسبوعين.", "2018-03-10").Events,
            e => e.SubEventType == "Non-state actor overtakes territory");
        Assert.Empty(TestPipeline.Extract("ولا تزال حدود سوريا مع تركيا مغلقة في المناطق التي تسيطر عليها الحكومة السورية لكنها مفتوحة فقط في منطقة تسيطر عليها المعارضة.", "2018-03-10").Events);
        var doc = TestPipeline.Extract("تقدمت قوات النظام السوري في مناطق سيطرة الفصائل المعارضة في مدينة حماة وباتت على تماس مع جيب صغير يتواجد فيه فصيل مبايع لداعش.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Government regains territory");
        // (a verb after the word is a taking: "قسمتها إلى ثلاث مناطق وسيطرت على معظمها")
        doc = TestPipeline.Extract("وقسمت قوات النظام السوري الغوطة إلى ثلاث مناطق وسيطرت على معظمها في مدينة حماة.", "2018-03-10");
        Assert.Contains(doc.Events, e => e.SubEventType == "Government regains territory");
    }

    [Fact]
    public void A_chemical_attack_on_a_place_held_by_rebels_struck_its_people()
    {
        var doc = TestPipeline.Extract("واستخدمت قوات النظام السوري غاز الكلور في هجوم على مدينة إدلب، آخر معاقل فصائل المعارضة.", "2018-03-10");
        var chemical = Assert.Single(doc.Events, e => e.SubEventType == "Chemical weapon");
        Assert.StartsWith("Military Forces of Syria", chemical.Actor1!.Name);
        Assert.Equal("Civilians (Syria)", chemical.Actor2!.Name);
    }

    [Fact]
    public void A_government_strike_is_the_government_forces_of_the_place()
    {
        var doc = TestPipeline.Extract("وقالت مصادر ميدانية إن قصفا حكوميا استهدف مدينة حلب.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }

    [Fact]
    public void A_strike_said_to_have_hit_a_hospital_fills_in_no_armed_opponent()
    {
        // the day between commas, and a weapon noun whose verb names the hospital
        var shelled = TestPipeline.Extract("واندلعت اشتباكات بين الجيش السوري وجبهة النصرة في مدينة حلب.\nوقصفت قوات النظام السوري، يوم الجمعة، مستشفى مدينة حماة بقذائف الهاون.", "2018-03-10");
        Assert.Null(Assert.Single(shelled.Events, e => e.SubEventType == "Shelling/artillery/missile attack").Actor2);
        var doc = TestPipeline.Extract("واندلعت اشتباكات بين الجيش الروسي وجبهة النصرة في مدينة حلب.\nوخرج مستشفى مدينة إدلب عن الخدمة عقب غارات جوية يعتقد أنها روسية، استهدفت المستشفى الميداني في المدينة.", "2018-03-10");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.StartsWith("Military Forces of Russia", strike.Actor1!.Name);
        Assert.Null(strike.Actor2);
    }

    [Fact]
    public void A_summary_s_figure_stands_in_for_the_details_estimate_and_is_shared_among_them()
    {
        // ("قتل وأصيب العشرات" in the detail, "ولقي 83 عنصرا مصرعهم" in the summary over the whole front: 83 dead, shared
        // between the clash and the strikes — not "several" each, nor 83 each)
        var doc = TestPipeline.Extract(
            "قتل وأصيب العشرات من ميليشيات الحوثي في مواجهات مع المقاومة اليمنية، وغارات للتحالف العربي في مديرية التحيتا.\n" +
            "ولقي 83 عنصرا من ميليشيات الحوثي مصرعهم في مواجهات مع المقاومة اليمنية، وغارات للتحالف العربي بالساحل الغربي لليمن.", "2018-05-25");
        Assert.Equal(2, doc.Events.Count);
        Assert.Equal(83, doc.Events.Sum(e => e.Fatalities));
    }

    [Fact]
    public void The_unnamed_dead_of_a_strike_on_a_town_are_its_people()
    {
        const string context = "واندلعت اشتباكات بين الجيش السوري وجبهة النصرة في مدينة إدلب.\n";
        var doc = TestPipeline.Extract(context + "واستهدفت قوات النظام السوري مدينة حلب بعشرات القذائف، مما تسبب بسقوط قتلى وعشرات الجرحى.", "2018-03-10");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.Equal("Civilians (Syria)", strike.Actor2!.Name);
        // no figure and no side named; with fighters or a military target in the sentence the dead are the other side's
        doc = TestPipeline.Extract(context + "واستهدفت قوات النظام السوري مقرات في مدينة حلب بعشرات القذائف، مما تسبب بسقوط قتلى وعشرات الجرحى.", "2018-03-10");
        strike = Assert.Single(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.NotEqual("Civilians (Syria)", strike.Actor2!.Name);
    }

    [Fact]
    public void Weapons_withdrawn_cleared_or_able_to_be_used_are_no_attack()
    {
        Assert.DoesNotContain(TestPipeline.Extract("وقالت فصائل المعارضة إنها تسحب منذ صباح الأحد آلياتها الثقيلة من دبابات ومدافع في مدينة إدلب.", "2018-03-10").Events,
            e => e.EventType == "Explosions/Remote violence");
        Assert.DoesNotContain(TestPipeline.Extract("وتمكنت القوات السورية من نزع مئات الألغام الأرضية في مدينة حلب.", "2018-03-10").Events,
            e => e.EventType == "Explosions/Remote violence");
    }

    [Fact]
    public void A_town_that_underwent_a_strike_gets_no_filled_in_opponent()
    {
        const string context = "واندلعت اشتباكات بين الجيش السوري وجبهة النصرة في مدينة إدلب.\n";
        var doc = TestPipeline.Extract(context + "كما تعرضت مدينة حلب لقصف مكثف من قبل الجيش السوري.", "2018-03-10");
        Assert.Null(Assert.Single(doc.Events, e => e.EventType == "Explosions/Remote violence").Actor2);
        // a strike with no place undergoing it still hits the article's other side
        doc = TestPipeline.Extract(context + "وقصف الجيش السوري بالمدفعية مواقع في مدينة حلب.", "2018-03-10");
        Assert.All(doc.Events.Where(e => e.EventType == "Explosions/Remote violence"), e => Assert.NotNull(e.Actor2));
    }

    [Theory]
    [InlineData("قتل فلسطينيان برصاص الجيش الإسرائيلي، الثلاثاء، في مدينة حلب.", 2)]
    [InlineData("وأعلنت مصادر طبية مقتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي في مدينة حلب الثلاثاء.", 3)]
    public void People_named_by_their_nationality_after_a_killing_word_are_its_civilian_victims(string text, int dead)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Civilians (Palestine)", e.Actor2!.Name);
        Assert.Equal(dead, e.Fatalities);
    }

    [Theory]
    [InlineData("وقال مسؤول فلسطيني إن الجيش الإسرائيلي قصف مدينة حلب الثلاثاء.")]                 // an adjective after its noun
    [InlineData("وقصفت مقاتلتا F-15 أمريكيتان مدينة حلب الثلاثاء.")]                                    // a feminine dual after a count
    [InlineData("ويواصل آلاف السوريين النزوح من مدينة حلب بعد قصف الجيش السوري لها الثلاثاء.")]        // a count with no killing word
    public void A_nationality_adjective_that_is_no_victim_names_no_civilians(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.DoesNotContain(doc.Actors, a => a.Rule == "nationality");
    }

    [Theory]
    [InlineData("وتعرضت مدينة حلب لقصف جوي عنيف يوم الثلاثاء.")]
    [InlineData("وقد استهدف قصف جوي المدينة التي يختبئ سكانها في الأبنية في حلب.")]
    [InlineData("وطالت غارات جوية بلدة في ريف حلب الثلاثاء.")]
    [InlineData("وقتل خمسة مدنيين في غارات جوية استهدفت بلدة في ريف حلب الثلاثاء.")]
    public void A_strike_told_as_hitting_a_town_is_an_unidentified_forces_with_no_one_named(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Unidentified Military Forces", e.Actor1!.Name);
    }

    [Fact]
    public void Strikes_spoken_of_with_no_town_hit_make_no_unattributed_event()
    {
        Assert.Empty(TestPipeline.Extract("وحذرت الأمم المتحدة من كارثة بسبب الغارات الجوية على حلب.", "2018-03-10").Events);
        // the definite strike refers back to one told before, with its side
        Assert.Empty(TestPipeline.Extract("وقالت مصادر إن القصف استهدف الأحياء السكنية في مدينة حلب.", "2018-03-10").Events);
    }

    [Theory]
    [InlineData("أصيب عشرة أشخاص في تفجير انتحاري استهدف سوقا شعبيا في مدينة حلب.", "Suicide bomb")]
    [InlineData("انفجرت سيارة مفخخة في مدينة حلب مما أدى إلى مقتل 7 أشخاص.", "Remote explosive/landmine/IED")]
    public void A_bombing_no_one_is_named_for_is_an_unidentified_armed_groups(string text, string subType)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events);
        Assert.Equal(subType, e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Syria)", e.Actor1!.Name);
    }

    [Fact]
    public void Explosives_discovered_destroyed_or_cleared_are_no_bombing()
    {
        // (they are disrupted weapons use when a force is named finding them, ExplosivesFoundTests)
        Assert.DoesNotContain(TestPipeline.Extract("وأعلن الجيش السوري اكتشاف وتدمير 39 عبوة ناسفة في مدينة حلب.", "2018-03-10").Events,
            e => e.EventType == "Explosions/Remote violence");
        Assert.Empty(TestPipeline.Extract("وتباشر الفرق الهندسية تطهير مطار حلب من الألغام والعبوات الناسفة.", "2018-03-10").Events);
    }

    [Fact]
    public void An_unidentified_group_is_no_known_enemy_to_fill_in()
    {
        // the bombing's unnamed group fought the army too, but the strike hits the group the article names
        const string text = "وانفجرت عبوة ناسفة بدورية للجيش السوري في مدينة حلب.\n"
            + "واندلعت اشتباكات بين الجيش السوري وجبهة النصرة في مدينة إدلب.\n"
            + "وقصف الجيش السوري بالمدفعية مواقع في مدينة حلب.";
        var strike = Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.DoesNotContain("Unidentified", strike.Actor2!.Name);
    }

    [Fact]
    public void A_crowd_of_protesters_going_out_is_a_protest()
    {
        var e = Assert.Single(TestPipeline.Extract("خرج آلاف المتظاهرين في شوارع مدينة حلب للمطالبة بتحسين الخدمات.", "2018-03-10").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        // a crowd that is no protesters is no protest
        Assert.Empty(TestPipeline.Extract("تجمع آلاف المشجعين في ملعب مدينة حلب لمشاهدة المباراة.", "2018-03-10").Events);
    }

    [Fact]
    public void What_a_call_asks_for_is_not_done()
    {
        Assert.Empty(TestPipeline.Extract("ودعت اللجان التنسيقية للتظاهرات إلى تظاهرة واسعة أمام مبنى المحافظة في مدينة حلب.", "2018-03-10").Events);
        // (a call in another clause leaves the act before it alone; so does a call to investigate it)
        Assert.Single(TestPipeline.Extract("قصفت الطائرات الروسية مدينة حلب، ودعت المعارضة إلى التحقيق.", "2018-03-10").Events);
        Assert.NotEmpty(TestPipeline.Extract("ودعا مجلس الأمن إلى التحقيق في الاشتباكات التي اندلعت بين الجيش السوري وجبهة النصرة في مدينة حلب أمس.", "2018-03-10").Events);
    }

    [Fact]
    public void An_attack_on_a_states_forces_is_a_clash_not_violence_against_civilians()
    {
        var e = Assert.Single(TestPipeline.Extract("أصيب جنديان سوريان بجروح في عملية طعن في مدينة حلب الثلاثاء.", "2018-03-10").Events);
        Assert.Equal(("Battles", "Armed clash"), (e.EventType, e.SubEventType));
        // (its victims civilians, it stays an attack)
        e = Assert.Single(TestPipeline.Extract("أصيب مدنيان بجروح في عملية طعن في مدينة حلب الثلاثاء.", "2018-03-10").Events);
        Assert.Equal("Attack", e.SubEventType);
    }

    [Fact]
    public void The_dead_named_before_the_act_that_killed_them_are_its_victims()
    {
        // (the passive قُتل: the soldiers are the side hit, the attack's owner the agent)
        var e = Assert.Single(TestPipeline.Extract("قتل جنديان سوريان في هجوم لتنظيم داعش على نقطة تفتيش في مدينة حلب أمس.", "2018-03-10").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2?.Name);
        Assert.Equal(2, e.Fatalities);
        // civilians so killed are the attack's victims
        e = Assert.Single(TestPipeline.Extract("قتل ثلاثة مدنيين في هجوم لمسلحين على قرية قرب مدينة حلب أمس.", "2018-03-10").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Civilians (Syria)", e.Actor2?.Name);
    }

    [Fact]
    public void Each_clause_keeps_its_own_count_of_dead()
    {
        var doc = TestPipeline.Extract("قتل 3 مدنيين في غارة روسية على مدينة حلب أمس، بينما قتل جندي سوري برصاص قناص في مدينة إدلب.", "2018-03-10");
        Assert.Equal(1, Assert.Single(doc.Events, e => e.SubEventType == "Armed clash").Fatalities);
        Assert.Equal(3, Assert.Single(doc.Events, e => e.EventType == AcledTaxonomy.Explosions).Fatalities);
        // (a plural with no figure in the act's clause says less than the sentence: the figure stands)
        var e = Assert.Single(TestPipeline.Extract("قتل 6 أشخاص، فيما جرح أكثر من 20 في حصيلة أولية بانفجار سيارة مفخخة في مدينة حلب أمس.", "2018-03-10").Events);
        Assert.Equal(6, e.Fatalities);
        e = Assert.Single(TestPipeline.Extract("قتل 12 شخصا من الجانبين في مدينة حلب أمس، فيما أدت ضراوة الاشتباكات بين الجيش السوري وجبهة النصرة إلى سقوط ضحايا.", "2018-03-10").Events);
        Assert.Equal(12, e.Fatalities);
    }

    [Fact]
    public void A_missile_intercepted_is_the_interception_alone()
    {
        var e = Assert.Single(TestPipeline.Extract("اعترضت الدفاعات الجوية السورية صاروخا باليستيا أطلقه الجيش الإسرائيلي باتجاه مدينة حلب أمس.", "2018-03-10").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
        // (a bomb foiled is no bombing either)
        e = Assert.Single(TestPipeline.Extract("أحبطت قوات الأمن السورية هجوما بسيارة مفخخة في مدينة حلب أمس.", "2018-03-10").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        // objecting to something intercepts nothing
        Assert.DoesNotContain(TestPipeline.Extract("وقال الوزير إن هناك من يعترض على التواصل بين الجيش السوري وجبهة النصرة في مدينة حلب.", "2018-03-10").Events,
            x => x.SubEventType == "Disrupted weapons use");
    }

    [Fact]
    public void A_town_named_only_to_say_where_another_place_lies_is_not_the_articles_town()
    {
        // (the second sentence names no place: it falls back on the article's town, which "north of Hama" is not)
        var doc = TestPipeline.Extract("انفجرت سيارة مفخخة أمس في محافظة الرقة شمالي مدينة حماة.\nوقال مصدر إن انتحاريا فجر نفسه في سوق شعبي وقتل 5 أشخاص.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Hama");
    }

    [Fact]
    public void A_name_placed_at_where_the_story_was_filed_has_no_place()
    {
        var doc = TestPipeline.Extract("الرياض، المملكة العربية السعودية (CNN)-- قصفت الطائرات الروسية منطقة الزعفرانة أمس.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }

    [Fact]
    public void What_despite_concedes_is_no_news()
    {
        Assert.Empty(TestPipeline.Extract("ورغم استعادة مدينة حلب من سيطرة تنظيم داعش، لا يزال السكان يخشون الاعتقال.", "2018-03-10").Events);
        Assert.Empty(TestPipeline.Extract("واستقبل الرئيس في حلب أمس على الرغم من استمرار الاحتجاجات ضده.", "2018-03-10").Events);
        // (up to the end of what it concedes)
        Assert.Empty(TestPipeline.Extract("ورغم إعلان انتهاء المعارك ضد تنظيم داعش في مدينة حلب، لا يزال التهديد قائما.", "2018-03-10").Events);
        // (the act the sentence tells despite it stays)
        Assert.Single(TestPipeline.Extract("ورغم الأمطار، قصفت الطائرات الروسية مدينة حلب أمس.", "2018-03-10").Events);
    }

    [Fact]
    public void What_a_report_or_study_sums_up_with_no_day_is_no_one_event()
    {
        Assert.Empty(TestPipeline.Extract("وأوضح التقرير أن القوات السورية اعتقلت 476 شخصا في مدينة حلب.", "2018-03-10").Events);
        Assert.Empty(TestPipeline.Extract("وركزت الطائرات الروسية غاراتها على مدينة حلب، وفق ما كشفته الدراسة.", "2018-03-10").Events);
        // (a news agency's report is news; so is what a report dates)
        Assert.Single(TestPipeline.Extract("وذكر تقرير الوكالة أن الطائرات الروسية قصفت مدينة حلب.", "2018-03-10").Events);
        Assert.Single(TestPipeline.Extract("وقال التقرير إن الطائرات الروسية قصفت مدينة حلب أمس.", "2018-03-10").Events);
        // (nor what it counts over a month, or what a body says in a report of its own)
        Assert.Empty(TestPipeline.Extract("وأوضح التقرير اعتقال القوات السورية 476 شخصا خلال شباط في مدينة حلب.", "2018-03-10").Events);
        Assert.Empty(TestPipeline.Extract("وأكدت الشبكة في تقرير لها أن القوات السورية اعتقلت 476 شخصا في مدينة حلب.", "2018-03-10").Events);
    }

    [Fact]
    public void Fighting_whose_only_other_side_is_civilians_is_no_clash()
    {
        // (the civilians the article's strike hit are that side's only opponent the article names)
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية المدنيين في مدينة حلب أمس.\nوأدت المعارك في مدينة حلب أمس إلى نزوح 50 ألف شخص.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash");
    }

    [Fact]
    public void A_bare_resistance_or_coalition_refers_back_to_the_one_named()
    {
        var doc = TestPipeline.Extract("وشن طيران التحالف العربي غارات على مدينة حلب أمس.\nوقال مصدر إن التحالف شن غارات على مدينة الرقة أمس.", "2018-03-10");
        Assert.Equal(2, doc.Events.Count(e => e.Actor1?.Name == "Coalition (Saudi-led)"));
    }

    [Fact]
    public void Drawing_attention_to_something_reports_it()
    {
        var e = Assert.Single(TestPipeline.Extract("ولفت المرصد السوري إلى أن الطائرات الروسية قصفت مدينة حلب أمس.", "2018-03-10").Events);
        Assert.Equal("Syrian Observatory for Human Rights", e.Claim?.DisplayName);
        // (catching the eyes of a crowd names no speaker)
        e = Assert.Single(TestPipeline.Extract("وقصفت الطائرات الروسية مدينة حلب أمس، في غارات لفتت أنظار المراقبين.", "2018-03-10").Events);
        Assert.Null(e.Claim);
    }

    [Fact]
    public void Chemical_substances_are_no_weapon_by_themselves()
    {
        Assert.Empty(TestPipeline.Extract("واستعملت الشرطة مواد كيماوية تكشف عن آثار الدم في مبنى بمدينة حلب أمس.", "2018-03-10").Events);
        // (gas used on people is)
        Assert.Single(TestPipeline.Extract("قتل 20 مدنيا في هجوم بغاز الكلور على مدينة حلب أمس.", "2018-03-10").Events);
    }

    [Fact]
    public void The_crowd_that_buries_the_dead_is_no_count_of_them()
    {
        var e = Assert.Single(TestPipeline.Extract("آلاف السوريين يشيعون جثامين الأطفال الذين قتلوا في غارة جوية روسية على مدينة حلب أمس.", "2018-03-10").Events);
        Assert.NotEqual(1000, e.Fatalities);
    }

    [Fact]
    public void A_launch_from_one_place_towards_another_is_not_at_its_launch_site()
    {
        var doc = TestPipeline.Extract("ورصدت الدفاعات الجوية السعودية إطلاق صاروخ باليستي من قبل الحوثيين من (مدينة حلب) باتجاه مدينة الرياض أمس.", "2018-03-10");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
    }

    [Fact]
    public void Who_brokers_an_agreement_is_no_party_to_it()
    {
        var e = Assert.Single(TestPipeline.Extract("وتوصل الجيش السوري أمس إلى اتفاق بوساطة الأمم المتحدة مع الفصائل المعارضة في مدينة حلب.", "2018-03-10").Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor2?.Name);
        // (a mediation word with the pronoun of the mediator named before it leaves the parties after it alone)
        e = Assert.Single(TestPipeline.Extract("وأعلنت الأمم المتحدة التوصل إلى اتفاق برعايتها بين الفصائل المعارضة والجيش السوري في مدينة حلب أمس.", "2018-03-10").Events);
        // ("بين" tells no initiator: the state's forces come first)
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor2?.Name);
    }

    [Fact]
    public void What_an_act_answers_on_the_background_of_is_not_its_agents()
    {
        var doc = TestPipeline.Extract("وشنت الطائرات الأمريكية والبريطانية ضربات على أهداف في مدينة حلب أمس على خلفية الهجوم الكيماوي الأخير في مدينة الرقة.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Chemical weapon" && (e.Actor1?.Name ?? "").Contains("United", StringComparison.Ordinal));
    }

    [Fact]
    public void What_someone_is_suspected_or_charged_with_is_no_event()
    {
        var doc = TestPipeline.Extract("واعتقلت قوات الأمن السورية 21 شخصا في مدينة حلب أمس يشتبه في ضلوعهم بأعمال شغب عنيفة.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.EventType == AcledTaxonomy.Riots);
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests");
    }

    [Fact]
    public void Where_someone_came_from_is_no_scene()
    {
        var doc = TestPipeline.Extract("اعتقلت الشرطة السورية الناشط أمس بعيد وصوله من مدينة الرياض.\nوكان الناشط قد انتقد الحكومة في مدينة حلب.\nوقالت مصادر إن الشرطة السورية اعتقلته أمس.", "2018-03-10");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }

    [Fact]
    public void A_confrontation_with_people_where_they_demonstrate_is_a_violent_demonstration()
    {
        var doc = TestPipeline.Extract("وتظاهر آلاف المدنيين في مدينة حلب أمس.\nواندلعت مواجهات بين المدنيين والجيش السوري في مدينة حلب أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Syria)", e.Actor1?.Name);
    }

    [Fact]
    public void A_states_police_arrest_at_home()
    {
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مدينة حلب أمس.\nوقصفت الطائرات الروسية مدينة حلب مجددا اليوم.\n"
                                       + "وأعلنت السلطات السعودية أمس اعتقال 14 شخصا دخلوا البلاد بجوازات مزورة.\nوقال مسؤول في الرياض إن التحقيق جار.", "2018-03-10");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("Riyadh", arrest.Location?.Place?.Name);
    }

    [Fact]
    public void A_weapon_that_names_a_unit_is_no_act()
    {
        var doc = TestPipeline.Extract("وقالت مصادر سورية إن غارة جوية إسرائيلية استهدفت فوج المدفعية 137 قرب مدينة حلب أمس.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("المدفعية", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike");
    }

    [Fact]
    public void A_place_joined_by_bi_after_another_says_where_that_one_is()
    {
        var e = Assert.Single(TestPipeline.Extract("واندلعت اشتباكات بين الجيش السوري وتنظيم داعش غرب الطبقة بالرقة أمس.", "2018-03-10").Events);
        Assert.Equal("Ath Thawrah", e.Location?.Place?.Name);
    }

    [Fact]
    public void What_an_answer_long_past_answered_is_background_too()
    {
        var doc = TestPipeline.Extract("وشنت الطائرات الأمريكية في 14 نيسان/أبريل 2017 غارات على مدينة حلب ردا على الهجوم الكيماوي على مدينة الرقة.", "2018-03-10");
        Assert.Empty(doc.Events);
    }

    [Theory]
    [InlineData("ولعبت الجماعة دورا كبيرا في المعارك ضد الجيش السوري في مدينة حلب في ثمانينيات القرن الماضي.")]   // last century
    [InlineData("ودفعت العواصف الطائرات الروسية إلى تعليق الغارات الجوية على مدينة حلب أمس.")]                   // strikes suspended
    [InlineData("وقتل الجيش السوري في هذه التظاهرات 148 شخصا في مدينة حلب.")]                                    // "these" protests: a tally
    [InlineData("وإذا تأكد الاتفاق، فسيكون تكرارا لاتفاقات جرت بعد قصف عنيف شنته الطائرات الروسية على مدينة حلب.")]   // a condition: others like it
    [InlineData("وفي حال اندلعت المعارك، فإن الجيش السوري قد يقصف مدينة حلب.")]                                     // what would be
    [InlineData("ويثير دخول القوات مخاوف من اندلاع مواجهات بين الجيش السوري وتنظيم داعش في مدينة حلب.")]            // feared, not fought
    [InlineData("وقال الشاب إنه يخشى اعتقاله من قبل الشرطة السورية في مدينة حلب.")]                                  // feared, not done
    [InlineData("وقال محاميه إن الشاب متهم بالقتال مع تنظيم داعش في مدينة حلب.")]                                  // what he is accused of
    [InlineData("وتستعيد القوات الحكومية السورية نفوذها في مدينة حلب ببطء.")]                                      // influence, not ground
    [InlineData("واستعاد الجيش السوري في بيانه تصريحات قادته في مدينة حلب أمس.")]                                 // words recalled, not ground
    [InlineData("وقتل 40 مدنيا في الغارات الروسية على مدينة حلب خلال الأيام العشرة الماضية.")]                         // a count over days
    public void No_act_in_these_words(string text) =>
        Assert.Empty(TestPipeline.Extract(text, "2018-03-10").Events);

    [Fact]
    public void Acts_since_the_start_of_a_month_are_a_campaign()
    {
        Assert.Empty(TestPipeline.Extract("واعتقلت الشرطة السورية العشرات في مدينة حلب منذ مطلع أغسطس الماضي.", "2018-09-11").Events);
    }

    [Fact]
    public void Where_reinforcements_came_from_is_no_scene()
    {
        var doc = TestPipeline.Extract("وجاء القصف الروسي على مدينة حلب بعد يوم واحد من وصول تعزيزات الجيش السوري من مدينة الرقة.", "2018-03-10");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Ar Raqqah");
    }

    [Fact]
    public void Missiles_intercepted_over_three_cities_are_an_interception_at_each()
    {
        // the missiles stopped are the interception's object, not a next event whose places would begin after them
        var doc = TestPipeline.Extract("أعلنت الدفاعات الجوية السورية اعتراض ثلاثة صواريخ بالستية فوق مدن حلب وحماة والرقة.", "2018-04-11");
        var places = doc.Events.Where(e => e.SubEventType == "Disrupted weapons use").Select(e => e.Location?.Place?.Name).ToHashSet();
        Assert.Equal(new HashSet<string?> { "Aleppo", "Hama", "Ar Raqqah" }, places);
    }

    [Fact]
    public void A_phrase_after_a_comma_that_describes_a_town_only_says_where_it_is()
    {
        // "الرقة، آخر معقل للتنظيم قرب دير الزور": one strike, on Raqqa
        var e = Assert.Single(TestPipeline.Extract("قتل 27 مدنيا أمس في غارات للطائرات الروسية على مدينة الرقة، آخر معقل للتنظيم قرب دير الزور.", "2018-04-06").Events);
        Assert.Equal("Ar Raqqah", e.Location?.Place?.Name);
    }

    [Theory]
    [InlineData("واعتدى محتجون على القنصلية الإيرانية في مدينة حلب أمس.")]
    [InlineData("واستدعت طهران سفيرها على خلفية اعتداء محتجين على القنصلية في مدينة حلب أمس.")]
    public void Protesters_who_assault_a_building_riot(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-09-08").Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal(5, e.Actor1!.Inter);
    }

    [Fact]
    public void Ground_a_speaker_says_it_took_is_its_own()
    {
        // "إنها استعادت": the speaker's pronoun before the verb; the rebels fought are the loser, not the taker
        var e = Assert.Single(TestPipeline.Extract("وقالت قوات الحكومة السورية إنها استعادت بعض الأراضي في القتال مع مسلحي المعارضة في مدينة حلب.", "2018-06-23").Events,
            x => x.EventType == AcledTaxonomy.StrategicDevelopments || x.SubEventType is AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }

    [Fact]
    public void The_target_of_an_attack_told_before_does_not_take_the_ground()
    {
        var e = Assert.Single(TestPipeline.Extract("وشنت القوات الحكومية السورية هجوما واسعا على مسلحي المعارضة، تمكنت خلاله من استعادة السيطرة على قرى في محيط مدينة حلب.", "2018-05-16").Events,
            x => x.SubEventType is AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes);
        Assert.Equal(AcledTaxonomy.GovernmentRegains, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }

    [Fact]
    public void An_attack_by_unknown_gunmen_that_a_group_claimed_is_one_attack()
    {
        var doc = TestPipeline.Extract("تبنى تنظيم داعش اغتيال مرشح للانتخابات بالرصاص في مدينة حلب أمس.\n" +
                                       "وأكد مسؤول محلي أن مسلحين مجهولين أقدموا على اغتيال المرشح في مدينة حلب أمس.", "2018-05-07");
        Assert.Equal("Islamic State", Assert.Single(doc.Events).Actor1?.Name);
    }

    [Theory]
    [InlineData("وأصيب عشرات المتظاهرين خلال تفريق الاحتجاجات في مدينة حلب أمس.", "Protest with intervention")]
    [InlineData("وقتل متظاهر خلال احتجاجات في مدينة حلب أمس.", "Excessive force against protesters")]
    [InlineData("وفي مدينة حلب، سارت تظاهرة أمس لكن قوات الأمن عملت على تفريقها.", "Protest with intervention")]   // dispersed, after the protest
    public void A_crowd_broken_up_or_fired_on_by_no_force_named_faced_the_police(string text, string subType)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-07-22").Events);
        Assert.Equal(subType, e.SubEventType);
        Assert.StartsWith("Police Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void A_crowd_in_Gaza_fired_on_by_no_force_named_faced_Israel_s_army()
    {
        var e = Assert.Single(TestPipeline.Extract("وقتل 30 متظاهرا خلال احتجاجات على حدود قطاع غزة أمس.", "2018-05-14").Events);
        Assert.Equal("Excessive force against protesters", e.SubEventType);
        Assert.StartsWith("Military Forces of Israel", e.Actor2!.Name);
    }

    [Fact]
    public void The_act_years_after_which_another_happens_is_long_past()
    {
        // the bombing five years ago is no event, nor are its dead the arrest's
        var doc = TestPipeline.Extract("فبعد خمسة أعوام على تفجير في مدينة حلب راح ضحيته 53 شخصا، ألقت الشرطة السورية القبض على أحد المتهمين في مدينة حلب أمس.", "2018-09-12");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void A_car_bomb_a_suicide_bomber_drove_is_one_suicide_bombing()
    {
        var doc = TestPipeline.Extract("انفجرت سيارة مفخخة قرب مقر الشرطة في مدينة حلب أمس، ما أسفر عن مقتل 18 شخصا.\nوقال ضابط في الشرطة إن انفجار السيارة الملغومة نفذه انتحاري في مدينة حلب.", "2018-02-23");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Suicide bomb", e.SubEventType);
        Assert.Equal(18, e.Fatalities);
    }

    [Fact]
    public void A_chemical_attack_retold_at_a_town_nearby_is_the_same_attack()
    {
        // Douma, then the Eastern Ghouta around it (20 km): one attack, at the town most reports name
        var doc = TestPipeline.Extract(
            "وقتل 40 شخصا في هجوم كيماوي شنه الجيش السوري على مدينة دوما السبت.\nوطالبت فرنسا بمحاسبة المسؤولين عن الهجوم الكيماوي على مدينة دوما.\nوقالت روسيا إن الهجوم الكيماوي في الغوطة الشرقية مفبرك.", "2018-04-10");
        var e = Assert.Single(doc.Events, x => x.SubEventType == "Chemical weapon");
        Assert.Equal("Dūmā", e.Location?.Place?.Name);
    }

    [Fact]
    public void Targets_that_belong_to_a_side_make_it_the_side_hit()
    {
        // "تابعة ل" after a target noun marks the owner of what was struck, not an ally of the striker
        var e = Assert.Single(TestPipeline.Extract("وشنت الطائرات الروسية غارات واسعة على أهداف تابعة لتنظيم داعش في مدينة الرقة أمس.", "2018-07-20").Events);
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
        Assert.Empty(e.AssocActor1);
    }
}
