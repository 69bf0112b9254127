// The page's only script: filters, the open finding and an open source view live in the URL fragment
// (#rule=…&severity=…&document=…&status=…&finding=…&source=…), so a link shows a reviewer the same view; j/k move
// between the findings shown. Source text is only ever set as text, never parsed as HTML.
export const SCRIPT = `(function(){
var sel=function(id){return document.getElementById(id)};
var FILTERS=['rule','severity','document','status'].filter(function(k){return sel('f-'+k)});
var excerpts=JSON.parse(sel('excerpts').textContent||'[]');
var current=null,openSource=null;
function visible(){return Array.prototype.filter.call(document.querySelectorAll('.finding'),function(el){return !el.hidden})}
function writeHash(){var p=new URLSearchParams();FILTERS.forEach(function(k){var v=sel('f-'+k).value;if(v)p.set(k,v)});
if(current)p.set('finding',current.dataset.id);if(current&&openSource!==null)p.set('source',String(openSource));
var h=p.toString();history.replaceState(null,'',h?'#'+h:location.pathname+location.search);}
function apply(){var r=sel('f-rule').value,s=sel('f-severity').value,d=sel('f-document').value,st=sel('f-status')?sel('f-status').value:'',shown=0;
document.querySelectorAll('.finding').forEach(function(el){
var ok=(!r||el.dataset.rule===r)&&(!s||el.dataset.severity===s)&&(!d||el.dataset.documents.split(' ').indexOf(d)>=0)&&(!st||el.dataset.status===st);
el.hidden=!ok;if(ok)shown++;});sel('shown').textContent=String(shown);}
function setCurrent(el,scroll){if(current)current.classList.remove('current');current=el;openSource=null;
if(el){el.classList.add('current');if(scroll){el.scrollIntoView({block:'center'});el.focus({preventScroll:true});}}writeHash();}
function escapeRe(s){return s.replace(/[.*+?^\${}()|[\\]\\\\]/g,'\\\\$&')}
function render(btn){var entry=excerpts[Number(btn.dataset.file)]||['',{}],file=entry[1],line=Number(btn.dataset.line),q=btn.closest('tr').querySelector('.quote'),quote=q?q.textContent:'';
var nums=Object.keys(file).map(Number).filter(function(n){return n>=line-3&&n<=line+15}).sort(function(a,b){return a-b});
var ns=[],text='',start=0;for(var i=0;i<nums.length;i++){if(i>0&&nums[i]!==nums[i-1]+1)break;if(nums[i]===line)start=text.length;ns.push(nums[i]);text+=(text||i>0?'\\n':'')+file[nums[i]];}
var from=-1,to=-1,words=quote.trim().split(/\\s+/).filter(Boolean);
if(words.length){var re=new RegExp(words.map(escapeRe).join('\\\\s+'),'g');re.lastIndex=start;var m=re.exec(text);if(m){from=m.index;to=m.index+m[0].length;}}
var pre=document.createElement('pre');pre.className='source';pre.setAttribute('aria-label',entry[0]+' around line '+line);var pos=0;
ns.forEach(function(n){var t=file[n],a=pos,b=pos+t.length;var div=document.createElement('div');div.className='line';
var num=document.createElement('span');num.className='n';num.textContent=String(n);div.appendChild(num);
var lo=Math.max(a,from),hi=Math.min(b,to);
if(from>=0&&lo<hi){div.appendChild(document.createTextNode(t.slice(0,lo-a)));var mk=document.createElement('mark');mk.textContent=t.slice(lo-a,hi-a);div.appendChild(mk);div.appendChild(document.createTextNode(t.slice(hi-a)));}
else div.appendChild(document.createTextNode(t));
if(from>=0&&n>=line&&to>a&&from<b)div.classList.add('quoted');pre.appendChild(div);pos=b+1;});
if(ns.length===0){pre.textContent='The source lines are not in this report.';}
return pre;}
function toggle(btn,force){var row=btn.closest('tr'),next=row.nextElementSibling,open=next&&next.classList.contains('excerpt');
var f=btn.closest('.finding'),idx=Number(btn.dataset.index);
if(open&&force!==true){next.remove();btn.setAttribute('aria-expanded','false');if(current===f)openSource=null;writeHash();return;}
if(!open){var tr=document.createElement('tr');tr.className='excerpt';var td=document.createElement('td');td.colSpan=row.children.length;td.appendChild(render(btn));tr.appendChild(td);row.after(tr);}
btn.setAttribute('aria-expanded','true');if(current!==f)setCurrent(f,false);openSource=idx;writeHash();}
function readHash(){var p=new URLSearchParams(location.hash.slice(1));FILTERS.forEach(function(k){var v=p.get(k)||'',s=sel('f-'+k);
s.value=Array.prototype.some.call(s.options,function(o){return o.value===v})?v:''});apply();
var f=p.get('finding')?sel('f-'+p.get('finding')):null;setCurrent(f&&!f.hidden?f:null,true);
var i=p.get('source');if(current&&i!==null){var b=current.querySelector('button.src[data-index="'+i+'"]');if(b)toggle(b,true);}}
FILTERS.forEach(function(k){sel('f-'+k).addEventListener('change',function(){apply();if(current&&current.hidden)setCurrent(null,false);else writeHash();})});
document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button.src');if(b){toggle(b);return;}
var f=e.target.closest&&e.target.closest('.finding');if(f&&f!==current&&!e.target.closest('a'))setCurrent(f,false);});
document.addEventListener('keydown',function(e){if(e.ctrlKey||e.metaKey||e.altKey)return;var t=e.target.tagName;if(t==='SELECT'||t==='INPUT'||t==='TEXTAREA')return;
if(e.key!=='j'&&e.key!=='k')return;var v=visible();if(!v.length)return;var i=v.indexOf(current);
var n=e.key==='j'?(i<0?0:Math.min(v.length-1,i+1)):(i<0?0:Math.max(0,i-1));setCurrent(v[n],true);e.preventDefault();});
window.addEventListener('hashchange',readHash);readHash();})();`;
