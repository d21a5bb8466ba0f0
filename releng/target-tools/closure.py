#!/usr/bin/env python3
"""Computes the explicit, pinned closure of the target platform from Maven Central poms.

Each root is walked through its pom dependencies (compile and runtime scope, optional ones
skipped unless pinned). Exact versions are taken as written, the highest one winning; open
ranges are resolved through pins.json, else to the newest release (reported on stderr, to be
pinned by hand). The output, one "groupId:artifactId version <- referrer" line per artifact,
feeds gen_target.py.

usage: closure.py pins.json roots.txt > closure.txt
"""
import sys, re, urllib.request, xml.etree.ElementTree as ET, json, os
R='https://repo1.maven.org/maven2'
NS={'m':'http://maven.apache.org/POM/4.0.0'}
cache={}
def get(url):
    fn=os.environ.get('TP_CACHE','/tmp/hmis-tp-cache')+'/'+url.replace('/','_')
    if os.path.exists(fn): return open(fn,'rb').read()
    os.makedirs(os.environ.get('TP_CACHE','/tmp/hmis-tp-cache'),exist_ok=True)
    try: d=urllib.request.urlopen(url,timeout=60).read()
    except Exception as e: d=b''
    open(fn,'wb').write(d); return d
def vkey(v):
    return [int(x) if x.isdigit() else x for x in re.split(r'[.\-]',v)]
def versions(g,a):
    d=get(f"{R}/{g.replace('.','/')}/{a}/maven-metadata.xml")
    return re.findall(r'<version>([^<]+)</version>',d.decode())
def pom(g,a,v):
    d=get(f"{R}/{g.replace('.','/')}/{a}/{v}/{a}-{v}.pom")
    if not d: return None
    return ET.fromstring(d)
overrides=json.load(open(sys.argv[1]))  # "g:a" -> version (pins ranges / forces)
roots=[l.split() for l in open(sys.argv[2]) if l.strip() and not l.startswith('#')]
exclude=set(overrides.get('_exclude',[]))
chosen={}; notes={}; queue=[]
def props_of(p):
    pr={}; dm={}
    par=p.find('m:parent',NS)
    if par is not None:
        pg=par.findtext('m:groupId',namespaces=NS); pa=par.findtext('m:artifactId',namespaces=NS); pv=par.findtext('m:version',namespaces=NS)
        pp=pom(pg,pa,pv)
        if pp is not None:
            ppr,pdm=props_of(pp); pr.update(ppr); dm.update(pdm)
    e=p.find('m:properties',NS)
    if e is not None:
        for c in e: pr[c.tag.split('}')[1]]=c.text
    pr['project.version']=p.findtext('m:version',default='',namespaces=NS) or p.findtext('m:parent/m:version',default='',namespaces=NS)
    pr['project.groupId']=p.findtext('m:groupId',default='',namespaces=NS) or p.findtext('m:parent/m:groupId',default='',namespaces=NS)
    for d in p.findall('m:dependencyManagement/m:dependencies/m:dependency',NS):
        dm[(subst(d.findtext('m:groupId',namespaces=NS),pr),subst(d.findtext('m:artifactId',namespaces=NS),pr))]=subst(d.findtext('m:version',default='',namespaces=NS),pr)
    return pr,dm
def subst(s,pr):
    return re.sub(r'\$\{([^}]+)\}',lambda m: pr.get(m.group(1),m.group(0)),s or '')
def pick(g,a,spec):
    ga=f'{g}:{a}'
    if ga in overrides: return overrides[ga]
    if spec and not spec.startswith(('[','(')) and '$' not in spec: return spec
    vs=[v for v in versions(g,a) if not re.search(r'(alpha|beta|rc|snapshot|M\d)',v,re.I)]
    notes[ga]=f'range {spec} -> latest {vs[-1] if vs else None}'
    return max(vs,key=vkey) if vs else None
def add(g,a,v,frm):
    ga=f'{g}:{a}'
    if ga in exclude: return
    if ga in chosen:
        if ga in overrides or vkey(v)<=vkey(chosen[ga][0]): return
    chosen[ga]=(v,frm); queue.append((g,a,v))
for g,a,v in roots: add(g,a,v,'root')
while queue:
    g,a,v=queue.pop()
    if chosen[f'{g}:{a}'][0]!=v: continue
    p=pom(g,a,v)
    if p is None: notes[f'{g}:{a}']='NO POM '+v; continue
    pr,dm=props_of(p)
    for d in p.findall('m:dependencies/m:dependency',NS):
        dg=subst(d.findtext('m:groupId',namespaces=NS),pr); da=subst(d.findtext('m:artifactId',namespaces=NS),pr)
        sc=d.findtext('m:scope',default='compile',namespaces=NS); opt=d.findtext('m:optional',default='false',namespaces=NS)
        if sc in ('test','provided','system') : continue
        if opt.strip()=='true' and f'{dg}:{da}' not in overrides: continue
        dv=subst(d.findtext('m:version',default='',namespaces=NS),pr) or dm.get((dg,da),'')
        pv=pick(dg,da,dv)
        if pv: add(dg,da,pv,f'{g}:{a}')
        else: notes[f'{dg}:{da}']='unresolved '+dv
for ga,(v,frm) in sorted(chosen.items()): print(ga,v,'<-',frm)
print('NOTES',file=sys.stderr)
for k,v in notes.items(): print(' ',k,v,file=sys.stderr)
